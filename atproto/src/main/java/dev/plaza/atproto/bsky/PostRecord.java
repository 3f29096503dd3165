package dev.plaza.atproto.bsky;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** The JSON of the records the brand creates (app.bsky.feed.post, like, repost; app.bsky.graph.follow). */
final class PostRecord {

    static final String POST = "app.bsky.feed.post";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private PostRecord() {
    }

    static ObjectNode post(PostDraft draft, List<Facet> facets, Instant createdAt) {
        ObjectNode record = typed(POST).put("text", draft.text()).put("createdAt", Timestamps.format(createdAt));
        if (!draft.languages().isEmpty()) {
            ArrayNode langs = record.putArray("langs");
            draft.languages().forEach(tag -> langs.add(tag.value()));
        }
        if (!facets.isEmpty()) {
            ArrayNode array = record.putArray("facets");
            facets.forEach(facet -> array.add(facet(facet)));
        }
        draft.reply().ifPresent(reply -> {
            ObjectNode replyRef = record.putObject("reply");
            replyRef.set("root", strongRef(reply.root()));
            replyRef.set("parent", strongRef(reply.parent()));
        });
        draft.quote().ifPresent(quoted -> record.set("embed",
                typed("app.bsky.embed.record").set("record", strongRef(quoted))));
        return record;
    }

    /** A like or repost: a subject and a time. */
    static ObjectNode subject(String collection, StrongRef subject, Instant createdAt) {
        return typed(collection).<ObjectNode>set("subject", strongRef(subject))
                .put("createdAt", Timestamps.format(createdAt));
    }

    static ObjectNode follow(String collection, String did, Instant createdAt) {
        return typed(collection).put("subject", did).put("createdAt", Timestamps.format(createdAt));
    }

    private static ObjectNode facet(Facet facet) {
        ObjectNode node = JSON.objectNode();
        node.putObject("index").put("byteStart", facet.byteStart()).put("byteEnd", facet.byteEnd());
        ObjectNode feature = typed(facet.feature().type());
        switch (facet.feature()) {
            case FacetFeature.Mention mention -> feature.put("did", mention.did().value());
            case FacetFeature.Link link -> feature.put("uri", link.uri());
            case FacetFeature.Tag tag -> feature.put("tag", tag.tag());
        }
        node.putArray("features").add(feature);
        return node;
    }

    private static ObjectNode strongRef(StrongRef ref) {
        return JSON.objectNode().put("uri", ref.uri().toString()).put("cid", ref.cid().toString());
    }

    private static ObjectNode typed(String type) {
        return JSON.objectNode().put("$type", type);
    }
}
