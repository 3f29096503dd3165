package dev.plaza.bench;

import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.cid.Codec;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Tid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Records shaped as the Bluesky app writes them (app.bsky lexicons): posts with languages, replies
 * and hashtag facets, likes and reposts of other accounts' posts, follows, and the profile.
 */
final class FirehoseRecords {

    static final String POST = "app.bsky.feed.post";
    static final String LIKE = "app.bsky.feed.like";
    static final String REPOST = "app.bsky.feed.repost";
    static final String FOLLOW = "app.bsky.graph.follow";
    static final String PROFILE = "app.bsky.actor.profile";

    private final List<Did> everyone;

    FirehoseRecords(List<Did> everyone) {
        this.everyone = List.copyOf(everyone);
    }

    DagValue.Map post(String createdAt, RandomGenerator random) {
        FirehosePostText text = FirehosePostText.generate(random);
        Map<String, DagValue> post = new LinkedHashMap<>();
        post.put("$type", text(POST));
        post.put("text", text(text.text()));
        post.put("createdAt", text(createdAt));
        post.put("langs", new DagValue.List(List.of(text(random.nextInt(10) == 0 ? "de" : "en"))));
        if (random.nextInt(10) < 3) {
            DagValue.Map parent = strongRef(random);
            post.put("reply", map("root", random.nextBoolean() ? parent : strongRef(random), "parent", parent));
        }
        if (!text.tags().isEmpty()) {
            post.put("facets", new DagValue.List(text.tags().stream().map(FirehoseRecords::tagFacet).toList()));
        }
        return new DagValue.Map(post);
    }

    DagValue.Map like(String createdAt, RandomGenerator random) {
        return map("$type", text(LIKE), "subject", strongRef(random), "createdAt", text(createdAt));
    }

    DagValue.Map repost(String createdAt, RandomGenerator random) {
        return map("$type", text(REPOST), "subject", strongRef(random), "createdAt", text(createdAt));
    }

    DagValue.Map follow(String createdAt, RandomGenerator random) {
        return map("$type", text(FOLLOW), "subject", text(someone(random).value()), "createdAt", text(createdAt));
    }

    DagValue.Map profile(String name, RandomGenerator random) {
        return map("$type", text(PROFILE), "displayName", text(name),
                "description", text(FirehosePostText.generate(random).text()));
    }

    /** A com.atproto.repo.strongRef to some account's post: its AT-URI and its CID, as text. */
    private DagValue.Map strongRef(RandomGenerator random) {
        long micros = 1_700_000_000_000_000L + random.nextLong(40_000_000_000_000L);
        String uri = "at://%s/%s/%s".formatted(someone(random).value(), POST, Tid.of(micros, random.nextInt(1024)).value());
        byte[] content = new byte[64];
        random.nextBytes(content);
        return map("uri", text(uri), "cid", text(Cid.of(Codec.DAG_CBOR, content).toString()));
    }

    private Did someone(RandomGenerator random) {
        return everyone.get(random.nextInt(everyone.size()));
    }

    private static DagValue tagFacet(FirehosePostText.Tag tag) {
        DagValue.Map index = map("byteStart", new DagValue.Int(tag.byteStart()), "byteEnd", new DagValue.Int(tag.byteEnd()));
        DagValue.Map feature = map("$type", text("app.bsky.richtext.facet#tag"), "tag", text(tag.tag()));
        return map("index", index, "features", new DagValue.List(List.of(feature)));
    }

    private static DagValue.Text text(String value) {
        return new DagValue.Text(value);
    }

    private static DagValue.Map map(Object... keysAndValues) {
        Map<String, DagValue> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put((String) keysAndValues[i], (DagValue) keysAndValues[i + 1]);
        }
        return new DagValue.Map(entries);
    }
}
