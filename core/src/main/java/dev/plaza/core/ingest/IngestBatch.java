package dev.plaza.core.ingest;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * One batch holding all of {@code batches}, in the channel of the first. An identity described twice
     * keeps the description from a batch where it authors an activity (a mention knows less), else
     * the first.
     */
    public static IngestBatch combine(List<IngestBatch> batches) {
        if (batches.size() == 1) {
            return batches.getFirst();
        }
        Map<IdentityKey, SeenIdentity> identities = new LinkedHashMap<>();
        List<IncomingActivity> activities = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        List<String> blockedDomains = new ArrayList<>();
        List<String> blockedAccounts = new ArrayList<>();
        Optional<Long> channel = batches.getFirst().channelId();
        for (IngestBatch batch : batches) {
            Set<IdentityKey> authors = batch.activities().stream().map(IncomingActivity::author).collect(Collectors.toSet());
            for (SeenIdentity identity : batch.identities()) {
                if (authors.contains(identity.key()) || !identities.containsKey(identity.key())) {
                    identities.put(identity.key(), identity);
                }
            }
            activities.addAll(batch.activities());
            memberships.addAll(batch.memberships());
            blockedDomains.addAll(batch.blockedDomains());
            blockedAccounts.addAll(batch.blockedAccounts());
        }
        return new IngestBatch(List.copyOf(identities.values()), activities, channel, memberships,
                blockedDomains.stream().distinct().toList(), blockedAccounts.stream().distinct().toList());
    }
}
