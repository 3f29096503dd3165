package dev.plaza.web.pages;

import dev.plaza.core.measures.MeasureFilter;
import dev.plaza.core.measures.MeasuredPost;
import java.util.List;
import java.util.Optional;

/** The posts behind a dashboard's point: what they were counted as, where, and when. */
public record ActivitiesView(Frame frame, MeasureFilter filter, String scopeName, String description, List<MeasuredPost> posts,
                             Optional<String> next, String csv, String dashboard) {
}
