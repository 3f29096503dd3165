package dev.plaza.core.publishing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** One remote voter's choice on a local poll, carried by the activity {@code activityId}. */
public record PollVote(long postId, String voterUri, String choice, String activityId, Instant at) {

    public PollVote {
        requireNonNull(voterUri, "voterUri");
        requireNonNull(choice, "choice");
        requireNonNull(activityId, "activityId");
        requireNonNull(at, "at");
    }
}
