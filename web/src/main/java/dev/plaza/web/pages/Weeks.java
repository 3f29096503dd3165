package dev.plaza.web.pages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The weeks (Monday to Sunday) a chart spans from one day to another, and which of them a day falls in. */
record Weeks(LocalDate from, LocalDate to, LocalDate firstMonday, int count) {

    static Weeks between(LocalDate from, LocalDate to) {
        LocalDate first = mondayOf(from);
        return new Weeks(from, to, first, (int) ChronoUnit.WEEKS.between(first, mondayOf(to)) + 1);
    }

    /** Each week's Monday, as the chart's labels. */
    List<String> labels() {
        List<String> labels = new ArrayList<>(count);
        for (int w = 0; w < count; w++) {
            labels.add(firstMonday.plusWeeks(w).toString());
        }
        return labels;
    }

    /** The first day of each week the span covers: its Monday, or the span's first day. */
    List<String> starts() {
        List<String> starts = new ArrayList<>(count);
        for (int w = 0; w < count; w++) {
            LocalDate monday = firstMonday.plusWeeks(w);
            starts.add((monday.isBefore(from) ? from : monday).toString());
        }
        return starts;
    }

    /** The last day of each week the span covers: its Sunday, or the span's last day. */
    List<String> ends() {
        List<String> ends = new ArrayList<>(count);
        for (int w = 0; w < count; w++) {
            LocalDate sunday = firstMonday.plusWeeks(w).plusDays(6);
            ends.add((sunday.isAfter(to) ? to : sunday).toString());
        }
        return ends;
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    int indexOf(LocalDate day) {
        return (int) ChronoUnit.WEEKS.between(firstMonday, mondayOf(day));
    }

    private static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
