package dev.plaza.web.pages;

import dev.plaza.core.community.CommunitySummary;
import dev.plaza.core.leaders.Leader;
import java.util.List;
import java.util.Optional;

/** The leaders of the whole community or of one place, with the evidence, and the places to choose from. */
public record LeadersView(Frame frame, List<Leader> leaders, List<CommunitySummary> communities, Optional<Long> community) {

    public boolean chosen(CommunitySummary summary) {
        return community.filter(id -> id == summary.community().id()).isPresent();
    }
}
