package dev.plaza.web.pages;

import dev.plaza.core.activity.Conversation;
import dev.plaza.core.activity.Totals;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The Overview: headline numbers, a year of activity by platform and of its measures, and the open conversations. */
public record OverviewView(
        Frame frame,
        Totals totals,
        ActivityChart chart,
        String chartJson,
        Dashboard dashboard,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        List<Conversation> openConversations,
        List<dev.plaza.core.alerts.Alert> alerts) {
}
