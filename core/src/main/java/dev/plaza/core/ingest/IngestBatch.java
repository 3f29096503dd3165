package dev.plaza.core.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Everything one import or one connector poll brought in. The store writes a batch in one
 * transaction: all of it or nothing. Every identity an activity or a membership names must be in
 * {@code identities}. {@code blockedDomains} are servers the brand blocked,
 * {@code blockedAccounts} the addresses ({@code user@host}) of accounts it blocked.
 */
public record IngestBatch(
        List<SeenIdentity> identities,
        List<IncomingActivity> activities,
        Optional<Long> channelId,
        List<Membership> memberships,
        List<String> blockedDomains,
        List<String> blockedAccounts) {

    public IngestBatch {
        identities = List.copyOf(identities);
        activities = List.copyOf(activities);
        requireNonNull(channelId, "channelId");
        memberships = List.copyOf(memberships);
        blockedDomains = List.copyOf(blockedDomains);
        blockedAccounts = List.copyOf(blockedAccounts);
    }

    /** Identities and activities only, as most connectors bring them. */
    public IngestBatch(List<SeenIdentity> identities, List<IncomingActivity> activities, Optional<Long> channelId) {
        this(identities, activities, channelId, List.of(), List.of(), List.of());
    }

    public IngestBatch withChannel(long channel) {
        return new IngestBatch(identities, activities, Optional.of(channel), memberships, blockedDomains, blockedAccounts);
    }
}
