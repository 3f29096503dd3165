package dev.plaza.channels.mastodon;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Activities that Mastodon exports as bare lists (likes, bookmarks, follows, blocks, mutes): they
 * carry no id and no time of their own, so the uri is minted by {@link Brand#mintUri} and the time
 * is when the export was made ({@code knownAt}), the latest moment the relation is known to hold.
 */
final class Relations {

    private final Brand brand;
    private final BatchBuilder out;
    private final Instant knownAt;

    Relations(Brand brand, BatchBuilder out, Instant knownAt) {
        this.brand = brand;
        this.out = out;
        this.knownAt = knownAt;
    }

    void onStatus(ActivityKind kind, String statusUri) {
        String relation = kind == ActivityKind.LIKE ? "likes" : "bookmarks";
        out.activity(new IncomingActivity(brand.mintUri(relation, statusUri), kind, brand.key(), knownAt, "",
                Optional.empty(), Optional.empty(), Optional.of(statusUri), Optional.empty(), List.of(),
                Optional.of(Uris.instance(Uris.host(statusUri)))));
    }

    void onAccount(ActivityKind kind, Acct target) {
        String relation = switch (kind) {
            case FOLLOW -> "follows";
            case BLOCK -> "blocks";
            case MUTE -> "mutes";
            default -> throw new IllegalArgumentException("not a relation to an account: " + kind);
        };
        out.identity(target.identity());
        out.activity(relation(brand.mintUri(relation, target.stableId()), kind, brand.key(), target.identity().key(),
                target.host()));
    }

    /** The inverse follow: the follower is the author and the brand the target. */
    void follower(Acct follower) {
        out.identity(follower.identity());
        out.activity(relation(brand.mintUri("followers", follower.stableId()), ActivityKind.FOLLOW,
                follower.identity().key(), brand.key(), follower.host()));
    }

    private IncomingActivity relation(String uri, ActivityKind kind, IdentityKey author, IdentityKey target,
            String host) {
        return new IncomingActivity(uri, kind, author, knownAt, "", Optional.empty(), Optional.empty(),
                Optional.of(target.stableId()), Optional.empty(), List.of(target), Optional.of(Uris.instance(host)));
    }
}
