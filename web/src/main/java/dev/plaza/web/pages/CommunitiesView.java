package dev.plaza.web.pages;

import dev.plaza.core.community.CommunitySummary;
import dev.plaza.core.community.DomainBlock;
import java.util.List;

/** The places where the community meets, with how much happens in each, and the servers the brand blocked. */
public record CommunitiesView(Frame frame, List<CommunitySummary> communities, List<DomainBlock> blocked) {
}
