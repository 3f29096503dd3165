package dev.plaza.core.blocks;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * An account the brand blocked: nothing it sends is taken in, nothing is sent to it. A block made
 * by hand names the actor; one imported from a Mastodon export may know only the account's address
 * ({@code acct}, {@code user@host}) until the actor is first seen: it is then <em>pending</em>.
 *
 * @param inbox  where the Block (and a later Undo) goes; empty when the actor was never fetched
 * @param reason why, as the team wrote it (public: it may be shown to others); may be empty
 */
public record ActorBlock(
        long id,
        long workspaceId,
        Optional<String> actorUri,
        Optional<String> acct,
        Optional<String> inbox,
        String reason,
        Instant since) {

    public ActorBlock {
        requireNonNull(actorUri, "actorUri");
        requireNonNull(acct, "acct");
        requireNonNull(inbox, "inbox");
        requireNonNull(reason, "reason");
        requireNonNull(since, "since");
        if (actorUri.isEmpty() && acct.isEmpty()) {
            throw new IllegalArgumentException("an account block names the actor, its address, or both");
        }
    }

    /** Known only by its address: the actor it names has not been seen yet. */
    public boolean pending() {
        return actorUri.isEmpty();
    }

    /** How the team knows the account: {@code @user@host} when the address is known, else the actor URL. */
    public String label() {
        return acct.map(a -> "@" + a).orElseGet(actorUri::orElseThrow);
    }
}
