package dev.plaza.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What Plaza sends reads back, through Plaza's own defensive parser, as what it meant. */
class AsWriterTest {

    private static final AsParser PARSER = AsParser.withDefaults();
    private static final String ME = "https://plaza.example/actors/brand";

    private static final Actor BRAND = new Actor(ME, ActorType.ORGANIZATION, Optional.of("brand"), Optional.of("Brand"),
            Optional.of("<p>We make things</p>"), Optional.of("https://plaza.example/@brand"),
            Optional.of(ME + "/inbox"), Optional.of(ME + "/outbox"), Optional.of(ME + "/followers"),
            Optional.of(ME + "/following"), Optional.of(ME + "/featured"), Optional.of("https://plaza.example/inbox"),
            List.of(new PublicKey(ME + "#main-key", Optional.of(ME), "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")),
            List.of(new Multikey(ME + "#ed25519-key", ME, "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2")),
            Optional.of("https://plaza.example/media/avatar.png"), Optional.empty(),
            List.of(new PropertyValue("Site", "<a href=\"https://brand.example\" target=\"_blank\" rel=\"nofollow noopener noreferrer ugc\">brand.example</a>")),
            List.of("https://old.example/users/brand"), Optional.empty(), false, true);

    private static final Note POST = new Note(Optional.of("https://plaza.example/notes/1"), NoteType.QUESTION,
            Optional.of(ME), Optional.empty(), Optional.of("<p>Which colour?</p>"), Map.of("en", "<p>Which colour?</p>"),
            Optional.of("poll"), true, Optional.of("https://other.example/notes/9"),
            Optional.of(Instant.parse("2025-05-01T10:00:00Z")), Optional.empty(), Optional.of("https://plaza.example/@brand/1"),
            List.of(Terms.PUBLIC), List.of(ME + "/followers"),
            List.of(new Tag(Tag.Kind.MENTION, "@bob@other.example", Optional.of("https://other.example/users/bob"), Optional.empty()),
                    new Tag(Tag.Kind.HASHTAG, "#colour", Optional.of("https://plaza.example/tags/colour"), Optional.empty()),
                    new Tag(Tag.Kind.EMOJI, ":brand:", Optional.empty(), Optional.of("https://plaza.example/emoji/brand.png"))),
            List.of(new Attachment("Image", "https://plaza.example/media/1.png", Optional.of("image/png"), Optional.of("swatches"))),
            Optional.of(new Poll(false, List.of(new Poll.Option("Red", Optional.of(2L)), new Poll.Option("Blue", Optional.of(0L))),
                    Optional.of(Instant.parse("2025-05-02T10:00:00Z")), Optional.empty(), Optional.of(2L))));

    @Test
    void contextIsTheThreeBundledDocumentsThenMastodonsTerms() {
        JsonNode context = AsWriter.context();

        assertThat(context.size()).isEqualTo(4);
        assertThat(List.of(context.get(0).asText(), context.get(1).asText(), context.get(2).asText()))
                .containsExactly("https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1",
                        "https://w3id.org/security/multikey/v1");
        assertThat(context.get(3).properties()).extracting(Map.Entry::getKey).contains(
                "manuallyApprovesFollowers", "discoverable", "featured", "PropertyValue", "Hashtag", "sensitive", "toot", "schema");
        assertThat(context.get(3).get("featured").get("@id").asText()).isEqualTo("toot:featured");
    }

    @Test
    void actorRoundTripsAndPutsContextFirst() {
        ObjectNode document = AsWriter.document(BRAND);

        assertThat(document.properties().iterator().next().getKey()).isEqualTo("@context");
        assertThat(document.get("publicKey").isObject()).as("one key is sent as an object, as Mastodon expects").isTrue();
        assertThat(document.get("endpoints").get("sharedInbox").asText()).isEqualTo("https://plaza.example/inbox");
        assertThat(PARSER.parse(AsWriter.bytes(BRAND))).isEqualTo(BRAND);
    }

    @Test
    void questionWithTagsMediaAndPollRoundTrips() {
        assertThat(PARSER.parse(AsWriter.bytes(POST))).isEqualTo(POST);
    }

    @Test
    void createEmbedsItsNoteWithoutASecondContext() {
        Activity create = new Activity("https://plaza.example/notes/1/activity", "Create", Optional.of(ME),
                Optional.of(new Ref.Embedded(POST)), Optional.empty(), POST.to(), POST.cc(), List.of(), POST.published());

        ObjectNode document = AsWriter.document(create);

        assertThat(document.get("object").has("@context")).isFalse();
        assertThat(document.has("target")).isFalse();
        assertThat(PARSER.parse(AsWriter.bytes(create))).isEqualTo(create);
    }

    @Test
    void followersPageAndTombstoneRoundTrip() {
        Collection followers = new Collection(Optional.of(ME + "/followers"), Collection.Type.ORDERED_COLLECTION,
                Optional.of(2L), Optional.of(new Ref.Iri(ME + "/followers?page=1")), Optional.empty(), Optional.empty(), List.of());
        Collection page = new Collection(Optional.of(ME + "/followers?page=1"), Collection.Type.ORDERED_COLLECTION_PAGE,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(ME + "/followers"),
                List.of(new Ref.Iri("https://a.example/u/1"), new Ref.Iri("https://b.example/u/2")));
        Tombstone gone = new Tombstone("https://plaza.example/notes/2", Optional.of("Note"),
                Optional.of(Instant.parse("2025-05-03T00:00:00Z")));

        assertThat(PARSER.parse(AsWriter.bytes(followers))).isEqualTo(followers);
        assertThat(AsWriter.document(page).get("orderedItems").size()).isEqualTo(2);
        assertThat(PARSER.parse(AsWriter.bytes(page))).isEqualTo(page);
        assertThat(PARSER.parse(AsWriter.bytes(gone))).isEqualTo(gone);
    }

    @Test
    void keyDocumentRoundTrips() {
        PublicKey key = BRAND.publicKeys().getFirst();

        assertThat(AsWriter.embedded(key).get("type").asText()).isEqualTo("CryptographicKey");
        assertThat(PARSER.parse(AsWriter.bytes(key))).isEqualTo(key);
    }
}
