package dev.plaza.atproto.moving;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.AtprotoException;

/**
 * A step of moving an account failed. The message names the step and says what the PDS answered;
 * {@link #state()} is how far the move had come, from where it can be resumed once the cause is fixed.
 */
public final class MigrationException extends AtprotoException {

    private final MigrationStep step;
    private final transient MigrationState state;

    MigrationException(MigrationStep step, MigrationState state, String message, Throwable cause) {
        super("moving %s: %s (%s) failed: %s".formatted(state.did(), step, step.title(), message), cause);
        this.step = requireNonNull(step, "step");
        this.state = requireNonNull(state, "state");
    }

    public MigrationStep step() {
        return step;
    }

    public MigrationState state() {
        return state;
    }
}
