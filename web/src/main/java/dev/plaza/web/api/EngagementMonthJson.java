package dev.plaza.web.api;

import dev.plaza.core.engagement.EngagementLevel;
import dev.plaza.core.engagement.EngagementMonth;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One month of the community: people by level, movement, and the relationship with the brand. */
record EngagementMonthJson(LocalDate month, Map<String, Long> levels, long movedUp, long movedDown, long active, long newcomers,
                           long turnedToBrand, long answeredByBrand, long toBrand, long fromBrand, double reciprocity,
                           Long medianResponseSeconds) {

    static EngagementMonthJson of(EngagementMonth m) {
        Map<String, Long> levels = new LinkedHashMap<>();
        for (EngagementLevel level : EngagementLevel.values()) {
            levels.put(level.name().toLowerCase(Locale.ROOT), m.people(level));
        }
        return new EngagementMonthJson(m.month(), levels, m.movedUp(), m.movedDown(), m.active(), m.newcomers(), m.turnedToBrand(),
                m.answeredByBrand(), m.toBrand(), m.fromBrand(), Math.round(m.reciprocity() * 1000) / 1000.0,
                m.medianResponse().map(java.time.Duration::toSeconds).orElse(null));
    }
}
