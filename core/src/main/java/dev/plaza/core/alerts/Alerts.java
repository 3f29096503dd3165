package dev.plaza.core.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The alerts that stand for a workspace now, read from the rollups the scoring worker keeps. */
public interface Alerts {

    /** A negative post by someone else that waits longer than this for the brand makes its thread critical. */
    Duration ANSWER_WITHIN = Duration.ofHours(2);

    /**
     * A spike of negative posts today ({@link NegativeSpike}), and each open conversation whose latest
     * negative post by someone else is older than {@code answerWithin} with no reply from the brand after
     * it, newest first (at most {@code limit}).
     */
    List<Alert> open(long workspaceId, Instant now, Duration answerWithin, int limit);
}
