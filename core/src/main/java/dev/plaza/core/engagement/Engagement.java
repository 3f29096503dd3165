package dev.plaza.core.engagement;

import java.time.LocalDate;
import java.util.List;

/** Engagement levels, their movement, retention and relationships, kept month by month. */
public interface Engagement {

    /**
     * Reads again the months whose activities changed since the last time (every month when
     * {@code everyMonth}), then levels, movement and cohorts from the first of them on; returns the
     * months read.
     */
    int recompute(long workspaceId, boolean everyMonth);

    /** The months from {@code from} to {@code to} (first days) that have any activity, in order. */
    List<EngagementMonth> months(long workspaceId, LocalDate from, LocalDate to);

    /** The movement between levels into {@code month} from the month before. */
    List<LevelFlow> flows(long workspaceId, LocalDate month);

    /** The cohorts first active from {@code from} to {@code to}, each with its months up to {@code to}. */
    List<Cohort> cohorts(long workspaceId, LocalDate from, LocalDate to);

    /**
     * The people with the most gravity in {@code month}, at one level or any, and of those who moved
     * into it, or only those who moved that way (who moved down out of being active, as they were), or only
     * the newcomers, first active in it.
     */
    List<PersonEngagement> gravity(long workspaceId, LocalDate month, java.util.Optional<EngagementLevel> level,
                                   java.util.Optional<Movement> moved, int limit);

    /** A person's months from {@code from} to {@code to} in which they had a level. */
    List<PersonEngagement> ofPerson(long workspaceId, long personId, LocalDate from, LocalDate to);

    /** The latest month the community was active in, if any. */
    java.util.Optional<LocalDate> latestMonth(long workspaceId);
}
