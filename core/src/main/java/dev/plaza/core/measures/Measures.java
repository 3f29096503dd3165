package dev.plaza.core.measures;

import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import java.time.LocalDate;
import java.util.List;

/** The daily measures of each {@link Scope}, kept as posts are scored, rescored and deleted. */
public interface Measures {

    /** The scope's days from {@code from} to {@code to} (UTC) that have any scored post, in order. */
    List<MeasureDay> daily(long workspaceId, Scope scope, LocalDate from, LocalDate to);

    /** The posts a filter's point counts, newest first: exactly those its measure added up. */
    Page<MeasuredPost> posts(long workspaceId, MeasureFilter filter, PageRequest page);
}
