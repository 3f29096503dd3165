package dev.plaza.atproto.bsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.cid.Codec;
import dev.plaza.atproto.syntax.AtUri;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.xrpc.XrpcSession;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BskyAccountTest {

    private static final Did BRAND = Did.parse("did:plc:brandaaaaaaaaaaaaaaaaaaa");
    private static final Cid CID = Cid.of(Codec.DAG_CBOR, new byte[] {(byte) 0xa0});
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

    /** Answers createRecord with a record at {@link #answeredUri}, and remembers every call. */
    private static final class RecordingSession implements XrpcSession {
        final List<String> methods = new ArrayList<>();
        final List<JsonNode> inputs = new ArrayList<>();
        String answeredUri = "at://" + BRAND + "/app.bsky.feed.post/3jzfcijpj2z2a";

        @Override
        public Did did() {
            return BRAND;
        }

        @Override
        public JsonNode query(String nsid, Map<String, ?> params) {
            throw new AssertionError("no query expected, got " + nsid);
        }

        @Override
        public JsonNode procedure(String nsid, JsonNode input) {
            methods.add(nsid);
            inputs.add(input);
            return JsonNodeFactory.instance.objectNode().put("uri", answeredUri).put("cid", CID.toString());
        }

        @Override
        public JsonNode procedure(String nsid, byte[] input, String contentType) {
            throw new AssertionError("no raw procedure expected, got " + nsid);
        }

        @Override
        public JsonNode procedure(String nsid) {
            throw new AssertionError("no procedure without input expected, got " + nsid);
        }
    }

    private final RecordingSession session = new RecordingSession();
    private final BskyAccount account = new BskyAccount(session, handle -> Optional.empty(), CLOCK);

    @Test
    void aPostIsCreatedInTheAccountsOwnRepositoryAndAnsweredAsItsUriAndCid() {
        StrongRef post = account.post(PostDraft.of("hello #plaza"));

        JsonNode input = session.inputs.getFirst();
        assertThat(session.methods).containsExactly("com.atproto.repo.createRecord");
        assertThat(input.path("repo").asText()).isEqualTo(BRAND.value());
        assertThat(input.path("collection").asText()).isEqualTo("app.bsky.feed.post");
        assertThat(input.path("record").path("createdAt").asText()).isEqualTo("2025-03-01T12:00:00.000Z");
        assertThat(input.path("record").path("facets").get(0).path("features").get(0).path("tag").asText()).isEqualTo("plaza");
        assertThat(post).isEqualTo(new StrongRef(AtUri.parse(session.answeredUri), CID));
    }

    @Test
    void aCreatedRecordAnsweredInAnotherRepositoryOrCollectionIsRefused() {
        session.answeredUri = "at://did:plc:otheraaaaaaaaaaaaaaaaaaa/app.bsky.feed.post/3jzfcijpj2z2a";
        assertThatThrownBy(() -> account.post(PostDraft.of("hello")))
                .isInstanceOf(AtprotoException.class)
                .hasMessageContaining("answered a record elsewhere");

        session.answeredUri = "at://" + BRAND + "/app.bsky.feed.post/3jzfcijpj2z2a";
        assertThatThrownBy(() -> account.follow(Did.parse("did:plc:otheraaaaaaaaaaaaaaaaaaa")))
                .isInstanceOf(AtprotoException.class)
                .hasMessageContaining("of a app.bsky.graph.follow in %s answered a record elsewhere".formatted(BRAND));
    }

    @Test
    void onlyTheAccountsOwnRecordsCanBeDeleted() {
        assertThatThrownBy(() -> account.delete(AtUri.parse("at://did:plc:otheraaaaaaaaaaaaaaaaaaa/app.bsky.feed.post/3jzfcijpj2z2a")))
                .isInstanceOf(AtprotoException.class)
                .hasMessageStartingWith(BRAND + " can delete only its own records");
        assertThatThrownBy(() -> account.delete(AtUri.parse("at://" + BRAND)))
                .isInstanceOf(AtprotoException.class);
        assertThat(session.methods).isEmpty();
    }
}
