package dev.plaza.web.api;

import java.time.LocalDate;
import java.util.List;

/** The months from one to another (first days), both included: only those with activity. */
record EngagementMonthsJson(LocalDate from, LocalDate to, List<EngagementMonthJson> months) {
}
