package dev.plaza.channels.mastodon;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import java.util.List;

/**
 * What a Mastodon archive or CSV export holds, read but not yet stored.
 *
 * @param account          the account the export belongs to (the brand's), also in {@code batch}
 * @param batch            activities and identities, for {@link dev.plaza.core.ingest.Ingest}
 * @param blockedDomains   servers the brand blocked (blocked_domains.csv): places, not identities
 * @param lists            the brand's lists and who is on them (lists.csv)
 * @param mediaAttachments attachments the posts carry; their files in the zip are not read
 * @param skipped          outbox items that were not a post, reply or boost by the archive's account
 */
public record MastodonArchive(
        SeenIdentity account,
        IngestBatch batch,
        List<String> blockedDomains,
        List<ListMembership> lists,
        int mediaAttachments,
        int skipped) {

    public MastodonArchive {
        requireNonNull(account, "account");
        requireNonNull(batch, "batch");
        blockedDomains = List.copyOf(blockedDomains);
        lists = List.copyOf(lists);
    }
}
