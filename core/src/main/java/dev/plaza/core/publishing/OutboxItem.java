package dev.plaza.core.publishing;

import java.time.Instant;

/** What an actor's outbox lists: its public and unlisted posts (as Create) and its boosts (as Announce). */
public sealed interface OutboxItem permits LocalPost, Reaction {

    /** Plaza's id for it; ids grow with time, so they order the outbox. */
    long id();

    Instant at();
}
