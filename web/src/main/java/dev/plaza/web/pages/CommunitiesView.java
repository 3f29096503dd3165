package dev.plaza.web.pages;

import dev.plaza.core.community.CommunitySummary;
import java.util.List;

/** The places where the community meets, with how much happens in each. */
public record CommunitiesView(Frame frame, List<CommunitySummary> communities) {
}
