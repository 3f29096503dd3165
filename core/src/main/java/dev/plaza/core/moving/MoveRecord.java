package dev.plaza.core.moving;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * One move of a local actor: out to {@code remoteActorUri}, in from it, or the undoing of a move out.
 *
 * @param activityId the Move activity, sent or received; empty for an undo
 */
public record MoveRecord(long actorId, Direction direction, String remoteActorUri, Optional<String> activityId, Instant at) {

    public enum Direction {
        IN, OUT, UNDONE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Direction fromKey(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }

    public MoveRecord {
        requireNonNull(direction, "direction");
        requireNonNull(remoteActorUri, "remoteActorUri");
        requireNonNull(activityId, "activityId");
        requireNonNull(at, "at");
    }
}
