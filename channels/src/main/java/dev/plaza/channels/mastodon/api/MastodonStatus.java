package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A post as the API describes it (Mastodon docs, "Status" entity). {@code content} is the instance's HTML,
 * untrusted; {@code uri} is its ActivityPub id, the same wherever it is read; {@code id} is this instance's own.
 */
public record MastodonStatus(String id, String uri, Optional<String> url, Instant createdAt, MastodonAccount account,
                             String content, String spoilerText, Optional<String> language, String visibility,
                             Optional<String> inReplyToId, Optional<String> inReplyToAccountId,
                             List<Mention> mentions, List<String> tags, Optional<MastodonStatus> reblog) {

    /** An account the post mentions (Mastodon docs, "Status" entity, mentions). */
    public record Mention(String id, String username, String acct, Optional<String> url) {
        public Mention {
            MastodonIds.check(id, "a mentioned account's id");
            requireNonNull(username, "username");
            requireNonNull(acct, "acct");
            requireNonNull(url, "url");
        }
    }

    public MastodonStatus {
        MastodonIds.check(id, "the status id");
        requireNonNull(uri, "uri");
        requireNonNull(url, "url");
        requireNonNull(createdAt, "createdAt");
        requireNonNull(account, "account");
        requireNonNull(content, "content");
        requireNonNull(spoilerText, "spoilerText");
        requireNonNull(language, "language");
        requireNonNull(visibility, "visibility");
        inReplyToId.ifPresent(parent -> MastodonIds.check(parent, "in_reply_to_id"));
        inReplyToAccountId.ifPresent(parent -> MastodonIds.check(parent, "in_reply_to_account_id"));
        mentions = List.copyOf(mentions);
        tags = List.copyOf(tags);
        requireNonNull(reblog, "reblog");
    }
}
