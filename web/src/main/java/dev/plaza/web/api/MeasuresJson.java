package dev.plaza.web.api;

import java.time.LocalDate;
import java.util.List;

/** A scope's daily measures from one day to another, both included: only the days with a scored post. */
record MeasuresJson(String scope, LocalDate from, LocalDate to, List<MeasureDayJson> days) {
}
