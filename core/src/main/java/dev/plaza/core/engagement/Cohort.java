package dev.plaza.core.engagement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/** The people first active in one month, and how many of them were active in each month since (the first is all of them). */
public record Cohort(LocalDate month, List<Long> active) {

    public Cohort {
        requireNonNull(month, "month");
        active = List.copyOf(active);
    }

    public long size() {
        return active.isEmpty() ? 0 : active.getFirst();
    }

    /** The share of the cohort active {@code monthsLater} months after its first, from 0 to 1. */
    public double retention(int monthsLater) {
        return size() == 0 || monthsLater >= active.size() ? 0 : (double) active.get(monthsLater) / size();
    }
}
