package dev.plaza.channels.bluesky;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.repo.Repository;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.Progress;
import java.util.Optional;

/**
 * Walks every record of the repository and hands each to the reader of its collection (the NSID
 * its path starts with). Records of other collections are counted by collection; a record of a
 * known collection that lacks what it needs is counted as unreadable. Either way the rest goes on.
 */
final class RecordReader {

    static final String POST = "app.bsky.feed.post";
    static final String LIKE = "app.bsky.feed.like";
    static final String REPOST = "app.bsky.feed.repost";
    static final String FOLLOW = "app.bsky.graph.follow";
    static final String PROFILE = "app.bsky.actor.profile";

    private static final int REPORT_EVERY = 1000;
    /** The profile lexicon allows 64 graphemes; anything far longer was not written by a Bluesky client. */
    private static final int MAX_NAME = 200;

    private final Repository repository;
    private final Progress progress;
    private final String did;
    private final ExportBuilder out = new ExportBuilder();
    private final IdentityKey brand;
    private Optional<String> displayName = Optional.empty();

    RecordReader(Repository repository, Progress progress) {
        this.repository = repository;
        this.progress = progress;
        this.did = Refs.did(repository.commit().did());
        this.brand = Accounts.known(did).key();
    }

    BlueskyExport read() {
        int total = repository.tree().records().size();
        int[] done = {0};
        repository.forEachRecord((path, record) -> {
            accept(path, record);
            if (++done[0] % REPORT_EVERY == 0) {
                progress.update("records", done[0], total);
            }
        });
        progress.update("records", done[0], total);
        return out.build(did, displayName);
    }

    private void accept(String path, DagValue value) {
        out.record();
        int slash = path.indexOf('/');
        String collection = path.substring(0, slash);
        String rkey = path.substring(slash + 1);
        String uri = "at://" + did + "/" + path;
        try {
            boolean read = switch (collection) {
                case POST -> value instanceof DagValue.Map post && ofType(collection, post) && post(uri, rkey, post);
                case LIKE -> value instanceof DagValue.Map like && ofType(collection, like)
                        && added(Relations.onPost(brand, ActivityKind.LIKE, uri, rkey, like));
                case REPOST -> value instanceof DagValue.Map repost && ofType(collection, repost)
                        && added(Relations.onPost(brand, ActivityKind.REPOST, uri, rkey, repost));
                case FOLLOW -> value instanceof DagValue.Map follow && ofType(collection, follow)
                        && follow(uri, rkey, follow);
                case PROFILE -> {
                    if (!rkey.equals("self")) {
                        out.skip(collection);
                        yield true;
                    }
                    yield value instanceof DagValue.Map profile && ofType(collection, profile) && profile(profile);
                }
                default -> {
                    out.skip(collection);
                    yield true;
                }
            };
            if (!read) {
                out.unreadable();
            }
        } catch (AtprotoException e) {
            out.unreadable();
        }
    }

    private boolean post(String uri, String rkey, DagValue.Map record) {
        Optional<Posts.Read> post = Posts.read(did, brand, uri, rkey, record);
        post.ifPresent(read -> {
            read.mentioned().forEach(out::identity);
            out.media(read.media());
            out.activity(read.activity());
        });
        return post.isPresent();
    }

    private boolean follow(String uri, String rkey, DagValue.Map record) {
        Optional<Relations.Follow> follow = Relations.follow(brand, uri, rkey, record);
        follow.ifPresent(read -> {
            out.identity(read.followed());
            out.activity(read.activity());
        });
        return follow.isPresent();
    }

    private boolean added(Optional<IncomingActivity> activity) {
        activity.ifPresent(out::activity);
        return activity.isPresent();
    }

    /** A record's {@code $type} names its lexicon, which is its collection's (atproto repository spec). */
    static boolean ofType(String collection, DagValue.Map record) {
        return record.text("$type").map(collection::equals).orElse(true);
    }

    private boolean profile(DagValue.Map profile) {
        displayName = profile.text("displayName").map(String::strip)
                .map(name -> name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME));
        return true;
    }
}
