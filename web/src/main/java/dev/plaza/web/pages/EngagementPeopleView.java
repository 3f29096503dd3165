package dev.plaza.web.pages;

import dev.plaza.core.engagement.PersonEngagement;
import java.util.List;

/** The people behind a point of the Engagement page's charts, the most gravity first. */
public record EngagementPeopleView(Frame frame, String description, List<PersonEngagement> people, String csv) {
}
