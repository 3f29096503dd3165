package dev.plaza.web.pages;

import dev.plaza.core.engagement.Cohort;
import dev.plaza.core.engagement.EngagementLevel;
import dev.plaza.core.engagement.EngagementMonth;
import dev.plaza.core.engagement.LevelFlow;
import dev.plaza.core.engagement.PersonEngagement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The Engagement page: the latest month at a glance, a year of levels and movement as charts, the
 * movement into the latest month, the retention of each month's newcomers and the people with the most gravity.
 */
public record EngagementView(Frame frame, Optional<LocalDate> latest, Optional<EngagementMonth> latestMonth, EngagementCharts charts,
                             List<LevelFlow> flows, List<Cohort> cohorts, List<PersonEngagement> gravity) {

    public List<EngagementLevel> levels() {
        return List.of(EngagementLevel.values());
    }

    /** How many went from {@code from} (empty: not active) to {@code to} into the latest month. */
    public long flow(Optional<EngagementLevel> from, Optional<EngagementLevel> to) {
        return flows.stream().filter(f -> f.from().equals(from) && f.to().equals(to)).mapToLong(LevelFlow::people).sum();
    }

    /** The longest a cohort of the table has been followed, in months after its first. */
    public int monthsFollowed() {
        return cohorts.stream().mapToInt(c -> c.active().size()).max().orElse(0);
    }

    /** A tenth-step shade for a retention share, as a CSS class (the page's styles allow no inline colour). */
    public static String heat(double share) {
        return "heat-" + Math.round(share * 10);
    }
}
