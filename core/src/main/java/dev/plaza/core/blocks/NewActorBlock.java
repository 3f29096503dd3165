package dev.plaza.core.blocks;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/** A block about to be stored: the actor (URI and inbox) and its address, as far as they are known. */
public record NewActorBlock(String actorUri, Optional<String> acct, Optional<String> inbox, String reason) {

    public NewActorBlock {
        requireNonNull(actorUri, "actorUri");
        acct = acct.map(a -> a.toLowerCase(Locale.ROOT));
        requireNonNull(inbox, "inbox");
        reason = Reasons.checked(reason);
    }
}
