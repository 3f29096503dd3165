package dev.plaza.core.ingest;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.activity.ActivityKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An activity as a connector normalized it, before the store gave it ids. The canonical
 * {@code uri} is the idempotency key: a second arrival of the same uri changes nothing.
 * {@code threadRootUri} is the first post of the thread a reply belongs to, where the platform
 * names it (Bluesky's {@code reply.root}): a reply whose parent Plaza has not seen joins that
 * post's conversation rather than starting one of its own.
 */
public record IncomingActivity(
        String uri,
        ActivityKind kind,
        IdentityKey author,
        Instant at,
        String text,
        Optional<String> language,
        Optional<String> inReplyToUri,
        Optional<String> targetUri,
        Optional<String> url,
        List<IdentityKey> mentions,
        Optional<CommunityRef> community,
        Optional<String> threadRootUri) {

    public IncomingActivity {
        requireNonNull(uri, "uri");
        requireNonNull(kind, "kind");
        requireNonNull(author, "author");
        requireNonNull(at, "at");
        requireNonNull(text, "text");
        requireNonNull(language, "language");
        requireNonNull(inReplyToUri, "inReplyToUri");
        requireNonNull(targetUri, "targetUri");
        requireNonNull(url, "url");
        mentions = List.copyOf(mentions);
        requireNonNull(community, "community");
        requireNonNull(threadRootUri, "threadRootUri");
        if (uri.isBlank()) {
            throw new IllegalArgumentException("an activity needs a canonical uri");
        }
    }

    /** An activity whose platform does not name thread roots (ActivityPub, archives of it). */
    public IncomingActivity(String uri, ActivityKind kind, IdentityKey author, Instant at, String text,
            Optional<String> language, Optional<String> inReplyToUri, Optional<String> targetUri, Optional<String> url,
            List<IdentityKey> mentions, Optional<CommunityRef> community) {
        this(uri, kind, author, at, text, language, inReplyToUri, targetUri, url, mentions, community, Optional.empty());
    }

    /** This activity in {@code detected} language when it declared none. */
    public IncomingActivity orLanguage(Optional<String> detected) {
        if (language.isPresent() || detected.isEmpty()) {
            return this;
        }
        return new IncomingActivity(uri, kind, author, at, text, detected, inReplyToUri, targetUri, url, mentions, community,
                threadRootUri);
    }

    /** Whether this is a post or a mention that answers nothing: the first of a thread. */
    public boolean startsAThread() {
        return inReplyToUri.isEmpty() && (kind == ActivityKind.POST || kind == ActivityKind.MENTION);
    }

    /** This activity as the root of its own thread: stored, it is a conversation before anyone replies. */
    public IncomingActivity asThreadRoot() {
        return new IncomingActivity(uri, kind, author, at, text, language, inReplyToUri, targetUri, url, mentions, community,
                Optional.of(uri));
    }
}
