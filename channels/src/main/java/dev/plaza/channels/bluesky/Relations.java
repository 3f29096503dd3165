package dev.plaza.channels.bluesky;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.SeenIdentity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Likes and reposts (app.bsky.feed.like, app.bsky.feed.repost: a strong ref to the subject) and
 * follows (app.bsky.graph.follow: the followed account's DID; before 2023 a map holding it).
 * Each is an activity of its author whose uri is the record's own.
 */
final class Relations {

    /** A follow as read: the activity and the account followed. */
    record Follow(IncomingActivity activity, SeenIdentity followed) {
    }

    private Relations() {
    }

    /** A like or a repost; empty when it tells no time. */
    static Optional<IncomingActivity> onPost(IdentityKey author, ActivityKind kind, String uri, String rkey,
                                             DagValue.Map record) {
        Optional<Instant> at = Refs.createdAt(record, rkey);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        String subject = Refs.record(record, "subject");
        return Optional.of(new IncomingActivity(uri, kind, author, at.get(), "", Optional.empty(), Optional.empty(),
                Optional.of(subject), Optional.empty(), List.of(), Optional.empty()));
    }

    static Optional<Follow> follow(IdentityKey author, String uri, String rkey, DagValue.Map record) {
        Optional<Instant> at = Refs.createdAt(record, rkey);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        SeenIdentity followed = Accounts.known(Refs.did(subjectDid(record)));
        return Optional.of(new Follow(new IncomingActivity(uri, ActivityKind.FOLLOW, author, at.get(), "", Optional.empty(),
                Optional.empty(), Optional.of(followed.stableId()), Optional.empty(), List.of(followed.key()),
                Optional.empty()), followed));
    }

    private static String subjectDid(DagValue.Map follow) {
        DagValue subject = follow.get("subject").orElseThrow(() -> new AtprotoException("a follow has no subject"));
        return switch (subject) {
            case DagValue.Text text -> text.value();
            case DagValue.Map legacy -> legacy.text("did").orElseThrow(() -> new AtprotoException("a follow's subject has no did"));
            default -> throw new AtprotoException("a follow's subject is %s, not a DID".formatted(subject.kind()));
        };
    }
}
