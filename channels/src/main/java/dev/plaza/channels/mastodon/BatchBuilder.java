package dev.plaza.channels.mastodon;

import dev.plaza.core.community.CommunityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.CommunityRef;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Membership;
import dev.plaza.core.ingest.SeenIdentity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects what the archive's files yield, once each: the first sighting of an identity or of an
 * activity uri wins, so bookmarks.json and bookmarks.csv in one upload give one bookmark each.
 */
final class BatchBuilder {

    private final Map<String, SeenIdentity> identities = new LinkedHashMap<>();
    private final Map<String, IncomingActivity> activities = new LinkedHashMap<>();
    private final Set<String> blockedDomains = new LinkedHashSet<>();
    private final Set<String> blockedAccounts = new LinkedHashSet<>();
    private final Set<ListMembership> lists = new LinkedHashSet<>();
    private int media;
    private int skipped;

    void identity(SeenIdentity identity) {
        identities.putIfAbsent(identity.stableId(), identity);
    }

    boolean hasIdentity(String stableId) {
        return identities.containsKey(stableId);
    }

    void activity(IncomingActivity activity) {
        activities.putIfAbsent(activity.uri(), activity);
    }

    void blockedDomain(String domain) {
        blockedDomains.add(domain);
    }

    /** An account the brand blocked, by its address ({@code user@host}): it becomes an account block. */
    void blockedAccount(String acct) {
        blockedAccounts.add(acct);
    }

    void listMember(ListMembership membership) {
        lists.add(membership);
    }

    void media(int attachments) {
        media += attachments;
    }

    void skip() {
        skipped++;
    }

    int activityCount() {
        return activities.size();
    }

    /** The brand's lists become communities of kind LIST, their accounts its members. */
    MastodonArchive build(Brand brand) {
        List<Membership> memberships = lists.stream().map(m -> new Membership(
                new CommunityRef(Platform.FEDIVERSE, CommunityKind.LIST, m.list(), Optional.empty()), m.account())).toList();
        IngestBatch batch = new IngestBatch(new ArrayList<>(identities.values()), new ArrayList<>(activities.values()),
                Optional.empty(), memberships, new ArrayList<>(blockedDomains), new ArrayList<>(blockedAccounts));
        return new MastodonArchive(brand.identity(), batch, new ArrayList<>(blockedDomains), new ArrayList<>(lists), media, skipped);
    }
}
