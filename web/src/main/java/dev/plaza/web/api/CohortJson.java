package dev.plaza.web.api;

import dev.plaza.core.engagement.Cohort;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The people first active in a month, and how many of them were active in it and each month after. */
record CohortJson(LocalDate month, long size, List<Long> active, List<Double> retention) {

    static CohortJson of(Cohort c) {
        List<Double> retention = new ArrayList<>();
        for (int m = 0; m < c.active().size(); m++) {
            retention.add(Math.round(c.retention(m) * 1000) / 1000.0);
        }
        return new CohortJson(c.month(), c.size(), c.active(), retention);
    }
}
