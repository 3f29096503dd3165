package dev.plaza.web.pages;

import dev.plaza.core.engagement.EngagementMonth;
import dev.plaza.core.engagement.PersonEngagement;
import dev.plaza.core.leaders.Leader;
import dev.plaza.core.measures.MeasuredPost;
import dev.plaza.core.wordofmouth.WordOfMouthTotals;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A month of the community on one printable page: its measures as charts beside the month before,
 * word of mouth, engagement, the recommendations of the month, the leaders and the people with the
 * most gravity.
 */
public record MonthlyReportView(Frame frame, String brand, YearMonth month, Dashboard dashboard, Dashboard previous,
                                Optional<WordOfMouthTotals> wordOfMouth, Optional<EngagementMonth> engagement,
                                List<MeasuredPost> recommendations, List<Leader> leaders, List<PersonEngagement> gravity,
                                String previousHref, Optional<String> nextHref) {

    public String title() {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + month.getYear();
    }

    /** A change against the month before, as "+12" or "−3" (nothing when both are zero). */
    public static String change(long now, long before) {
        long delta = now - before;
        return delta == 0 ? "±0" : (delta > 0 ? "+" : "−") + Fmt.number(Math.abs(delta));
    }
}
