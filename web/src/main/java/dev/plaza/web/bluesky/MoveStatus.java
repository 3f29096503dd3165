package dev.plaza.web.bluesky;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.moving.MigrationState;
import dev.plaza.atproto.moving.MigrationStep;
import dev.plaza.core.bluesky.BlueskyMove;
import java.util.Arrays;
import java.util.List;

/** How a move of the brand's Bluesky account stands, for the page that guides it. */
public record MoveStatus(BlueskyMove move, MigrationState state, boolean running) {

    /** One step as the page shows it. */
    public record Step(MigrationStep step, String status) {

        public String title() {
            return step.title();
        }
    }

    public MoveStatus {
        requireNonNull(move, "move");
        requireNonNull(state, "state");
    }

    public List<Step> steps() {
        return Arrays.stream(MigrationStep.values()).map(step -> new Step(step, status(step))).toList();
    }

    public boolean complete() {
        return move.completed();
    }

    public boolean awaitsEmailToken() {
        return !running && state.awaitsEmailToken();
    }

    public boolean failed() {
        return !running && !complete() && move.lastError().isPresent();
    }

    /** Whether the page asks again soon: while a step runs or is about to. */
    public boolean polling() {
        return !complete() && (running || (move.lastError().isEmpty() && !state.awaitsEmailToken()));
    }

    /** Until the old server signed the identity update, cancelling leaves the account where it is. */
    public boolean cancellable() {
        return !complete() && !state.isDone(MigrationStep.UPDATE_IDENTITY) && state.signedPlcOperation().isEmpty();
    }

    public int stepsDone() {
        return state.done().size();
    }

    public int stepCount() {
        return MigrationStep.values().length;
    }

    private String status(MigrationStep step) {
        if (state.isDone(step)) {
            return "done";
        }
        if (state.next().filter(step::equals).isEmpty()) {
            return "to do";
        }
        if (running) {
            return "running";
        }
        if (move.lastError().isPresent()) {
            return "failed";
        }
        return state.awaitsEmailToken() ? "waiting for the code" : "next";
    }
}
