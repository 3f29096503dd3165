package dev.plaza.web.pages;

import dev.plaza.core.bluesky.BlueskyAccount;
import dev.plaza.web.bluesky.MoveStatus;
import java.util.Optional;

/** Settings → Bluesky → Move: the connected account, and its move to another server when one was started. */
public record BlueskyMoveView(Frame frame, Optional<BlueskyAccount> account, Optional<MoveStatus> move) {

    /** Whether the form to start a move is shown: an account, and no move under way. */
    public boolean canStart() {
        return account.isPresent() && move.map(MoveStatus::complete).orElse(true);
    }
}
