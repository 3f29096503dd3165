package dev.plaza.atproto.bsky;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.cid.Codec;
import dev.plaza.atproto.syntax.AtUri;
import dev.plaza.atproto.syntax.Did;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostRecordTest {

    private static final StrongRef ROOT = ref("3jzfcijpj2z2a", 1);
    private static final StrongRef PARENT = ref("3jzfcijpj2z2b", 2);
    private static final StrongRef QUOTED = ref("3jzfcijpj2z2c", 3);
    private static final Instant AT = Instant.parse("2025-03-01T12:00:00Z");

    @Test
    void aPostRecordCarriesTextLanguagesFacetsReplyAndQuote() {
        PostDraft draft = PostDraft.of("hi @alice.test").inLanguages("en", "pt-BR")
                .replyingTo(new ReplyTo(ROOT, PARENT)).quoting(QUOTED);
        Facet mention = new Facet(3, 14, new FacetFeature.Mention(Did.parse("did:plc:aliceaaaaaaaaaaaaaaaaaaa")));

        ObjectNode record = PostRecord.post(draft, List.of(mention), AT);

        assertThat(record.toString()).isEqualTo(("{'$type':'app.bsky.feed.post','text':'hi @alice.test',"
                + "'createdAt':'2025-03-01T12:00:00.000Z','langs':['en','pt-BR'],"
                + "'facets':[{'index':{'byteStart':3,'byteEnd':14},'features':[{'$type':'app.bsky.richtext.facet#mention',"
                + "'did':'did:plc:aliceaaaaaaaaaaaaaaaaaaa'}]}],"
                + "'reply':{'root':{'uri':'%s','cid':'%s'},'parent':{'uri':'%s','cid':'%s'}},"
                + "'embed':{'$type':'app.bsky.embed.record','record':{'uri':'%s','cid':'%s'}}}")
                .formatted(ROOT.uri(), ROOT.cid(), PARENT.uri(), PARENT.cid(), QUOTED.uri(), QUOTED.cid())
                .replace('\'', '"'));
    }

    @Test
    void aPlainPostHasOnlyTypeTextAndTime() {
        ObjectNode record = PostRecord.post(PostDraft.of("hello"), List.of(), AT.plusNanos(123_456_789));

        assertThat(record.toString())
                .isEqualTo("{\"$type\":\"app.bsky.feed.post\",\"text\":\"hello\",\"createdAt\":\"2025-03-01T12:00:00.123Z\"}");
    }

    @Test
    void aLikePointsAtItsSubjectAndAFollowAtADid() {
        assertThat(PostRecord.subject(BskyAccount.LIKE, ROOT, AT).toString()).isEqualTo(
                "{\"$type\":\"app.bsky.feed.like\",\"subject\":{\"uri\":\"%s\",\"cid\":\"%s\"},\"createdAt\":\"2025-03-01T12:00:00.000Z\"}"
                        .formatted(ROOT.uri(), ROOT.cid()));
        assertThat(PostRecord.follow(BskyAccount.FOLLOW, "did:plc:aliceaaaaaaaaaaaaaaaaaaa", AT).toString()).isEqualTo(
                "{\"$type\":\"app.bsky.graph.follow\",\"subject\":\"did:plc:aliceaaaaaaaaaaaaaaaaaaa\",\"createdAt\":\"2025-03-01T12:00:00.000Z\"}");
    }

    private static StrongRef ref(String rkey, int seed) {
        return new StrongRef(AtUri.parse("at://did:plc:aliceaaaaaaaaaaaaaaaaaaa/app.bsky.feed.post/" + rkey),
                Cid.of(Codec.DAG_CBOR, new byte[] {(byte) seed}));
    }
}
