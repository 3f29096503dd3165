package dev.plaza.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The many spellings ActivityStreams allows for one value, as real servers send them. */
class DocumentShapesTest {

    private static final AsParser PARSER = AsParser.withDefaults();

    /** A Mastodon 4 status, trimmed; its context mixes security and toot terms. */
    private static final String MASTODON_NOTE = """
            {"@context": ["https://www.w3.org/ns/activitystreams",
              {"ostatus": "http://ostatus.org#", "atomUri": "ostatus:atomUri", "sensitive": "as:sensitive",
               "toot": "http://joinmastodon.org/ns#", "votersCount": "toot:votersCount", "Hashtag": "as:Hashtag",
               "Emoji": "toot:Emoji", "blurhash": "toot:blurhash",
               "focalPoint": {"@container": "@list", "@id": "toot:focalPoint"}}],
             "id": "https://mastodon.example/users/alice/statuses/1", "type": "Note",
             "summary": "spoilers", "inReplyTo": {"id": "https://other.example/notes/9", "type": "Note"},
             "published": "2025-01-02T03:04:05+09:00", "url": "https://mastodon.example/@alice/1",
             "attributedTo": "https://mastodon.example/users/alice",
             "to": "as:Public", "cc": ["https://mastodon.example/users/alice/followers", "https://other.example/users/bob"],
             "sensitive": true,
             "content": "<p><span class=\\"h-card\\" translate=\\"no\\"><a href=\\"https://other.example/@bob\\" class=\\"u-url mention\\">@<span>bob</span></a></span> hello <a href=\\"https://mastodon.example/tags/plaza\\" class=\\"mention hashtag\\" rel=\\"tag\\">#<span>plaza</span></a></p>",
             "contentMap": {"en": "<p>hello</p>"},
             "attachment": [{"type": "Document", "mediaType": "image/png", "url": "https://files.example/a.png",
               "name": "a cat", "blurhash": "UAAA", "focalPoint": [0.0, 0.0]}, {"type": "PropertyValue", "name": "x", "value": "y"}],
             "tag": [{"type": "Mention", "href": "https://other.example/users/bob", "name": "@bob@other.example"},
               {"type": "Hashtag", "href": "https://mastodon.example/tags/plaza", "name": "#plaza"},
               {"type": "Emoji", "id": "https://mastodon.example/emojis/1", "name": ":blob:",
                "icon": {"type": "Image", "mediaType": "image/png", "url": "https://files.example/blob.png"}},
               {"type": "Link", "href": "https://elsewhere.example/quote"}]}""";

    /** Mastodon forwards a report from its instance actor, naming the account and its posts together. */
    @Test
    void aFlagKeepsEveryObjectInOrderAndItsOwnContent() {
        Activity flag = PARSER.parse("""
                {"@context": "https://www.w3.org/ns/activitystreams", "id": "https://mastodon.example/0cf1a2",
                 "type": "Flag", "actor": "https://mastodon.example/actor",
                 "content": "spam <script>x()</script>in replies",
                 "object": ["https://plaza.example/users/brand", {"id": "https://plaza.example/users/brand/statuses/1"},
                   "https://plaza.example/users/brand"]}""".getBytes(java.nio.charset.StandardCharsets.UTF_8), Activity.class);

        assertThat(flag.objectIri()).contains("https://plaza.example/users/brand");
        assertThat(flag.objects()).hasSize(3);
        assertThat(flag.objectIris()).containsExactly("https://plaza.example/users/brand",
                "https://plaza.example/users/brand/statuses/1");
        assertThat(flag.content()).contains("spam in replies");
    }

    @Test
    void mastodonNoteReadsWithEverySpellingNormalised() {
        Note note = PARSER.parse(MASTODON_NOTE.getBytes(java.nio.charset.StandardCharsets.UTF_8), Note.class);

        assertThat(note.type()).isEqualTo(NoteType.NOTE);
        assertThat(note.summary()).contains("spoilers");
        assertThat(note.sensitive()).isTrue();
        assertThat(note.inReplyTo()).contains("https://other.example/notes/9");
        assertThat(note.published()).contains(Instant.parse("2025-01-01T18:04:05Z"));
        assertThat(note.to()).containsExactly(Terms.PUBLIC);
        assertThat(note.cc()).hasSize(2);
        assertThat(note.content()).hasValueSatisfying(html -> assertThat(html)
                .contains("<span class=\"h-card\">", "class=\"mention\"", "class=\"mention hashtag\"")
                .contains("rel=\"nofollow noopener noreferrer ugc\"").doesNotContain("translate", "u-url"));
        assertThat(note.contentMap()).containsOnlyKeys("en");
        assertThat(note.attachments()).containsExactly(
                new Attachment("Document", "https://files.example/a.png", Optional.of("image/png"), Optional.of("a cat")));
        assertThat(note.tags()).containsExactly(
                new Tag(Tag.Kind.MENTION, "@bob@other.example", Optional.of("https://other.example/users/bob"), Optional.empty()),
                new Tag(Tag.Kind.HASHTAG, "#plaza", Optional.of("https://mastodon.example/tags/plaza"), Optional.empty()),
                new Tag(Tag.Kind.EMOJI, ":blob:", Optional.empty(), Optional.of("https://files.example/blob.png")));
    }

    @Test
    void questionCarriesItsOptionsAndVoteCounts() {
        Note poll = PARSER.parse("""
                {"id": "https://a.example/q/1", "type": "Question", "content": "Tea or coffee?",
                 "endTime": "2025-03-01T00:00:00Z", "votersCount": 7,
                 "anyOf": [{"type": "Note", "name": "Tea", "replies": {"type": "Collection", "totalItems": 4}},
                           {"type": "Note", "name": "Coffee", "replies": {"type": "Collection", "totalItems": 3}}]}""".getBytes(),
                Note.class);

        assertThat(poll.poll()).hasValueSatisfying(question -> {
            assertThat(question.multiple()).isTrue();
            assertThat(question.options()).containsExactly(
                    new Poll.Option("Tea", Optional.of(4L)), new Poll.Option("Coffee", Optional.of(3L)));
            assertThat(question.endTime()).contains(Instant.parse("2025-03-01T00:00:00Z"));
            assertThat(question.votersCount()).contains(7L);
        });
    }

    @Test
    void pollVoteIsANoteWithAName() {
        Note vote = PARSER.parse("""
                {"id": "https://b.example/v/1", "type": "Note", "name": "Tea", "inReplyTo": "https://a.example/q/1",
                 "attributedTo": "https://b.example/u/bob", "to": "https://a.example/u/alice"}""".getBytes(), Note.class);

        assertThat(vote.name()).contains("Tea");
        assertThat(vote.content()).isEmpty();
        assertThat(vote.poll()).isEmpty();
    }

    @Test
    void contentFallsBackToTheFirstLanguageOfContentMap() {
        Note note = PARSER.parse("""
                {"id": "https://a.example/n/1", "type": "Article", "name": "Title",
                 "contentMap": {"ko": "<p>안녕</p>", "en": "<p>hi</p>"}}""".getBytes(), Note.class);

        assertThat(note.type()).isEqualTo(NoteType.ARTICLE);
        assertThat(note.content()).contains("<p>안녕</p>");
        assertThat(note.contentMap()).containsEntry("en", "<p>hi</p>");
    }

    @Test
    void urlsMayBeLinksOrArraysAndTheHtmlPageWins() {
        Actor actor = PARSER.parse("""
                {"id": "https://p.example/a/1", "type": ["Service", "http://schema.org/Thing"],
                 "url": [{"type": "Link", "mediaType": "application/json", "href": "https://p.example/a/1.json"},
                         {"type": "Link", "mediaType": "text/html", "href": "https://p.example/@bot"}],
                 "icon": [{"type": "Image", "url": {"type": "Link", "href": "https://p.example/i.png"}}],
                 "image": "https://p.example/header.png",
                 "attachment": [{"type": "PropertyValue", "name": "Site", "value": "<a href=\\"https://bot.example\\">bot.example</a>"}],
                 "alsoKnownAs": ["https://old.example/u/bot", {"id": "https://older.example/u/bot"}],
                 "movedTo": "https://new.example/u/bot", "discoverable": true}""".getBytes(), Actor.class);

        assertThat(actor.type()).isEqualTo(ActorType.SERVICE);
        assertThat(actor.url()).contains("https://p.example/@bot");
        assertThat(actor.icon()).contains("https://p.example/i.png");
        assertThat(actor.image()).contains("https://p.example/header.png");
        assertThat(actor.fields()).singleElement().satisfies(field -> {
            assertThat(field.name()).isEqualTo("Site");
            assertThat(field.value()).contains("href=\"https://bot.example\"", "rel=\"nofollow noopener noreferrer ugc\"");
        });
        assertThat(actor.alsoKnownAs()).containsExactly("https://old.example/u/bot", "https://older.example/u/bot");
        assertThat(actor.movedTo()).contains("https://new.example/u/bot");
        assertThat(actor.discoverable()).isTrue();
    }

    @Test
    void objectsMayBeNamedByIriByIdOnlyOrEmbedded() {
        Activity like = PARSER.parse("""
                {"id": "https://a.example/l/1", "type": "Like", "actor": {"id": "https://a.example/u/1", "type": "Person"},
                 "object": {"id": "https://b.example/n/1"}}""".getBytes(), Activity.class);
        Activity delete = PARSER.parse("""
                {"id": "https://a.example/d/1", "type": "Delete", "actor": "https://a.example/u/1",
                 "object": {"id": "https://a.example/n/1", "type": "Tombstone", "formerType": "Note"}}""".getBytes(), Activity.class);
        Activity add = PARSER.parse("""
                {"id": "https://a.example/x/1", "type": "Add", "actor": "https://a.example/u/1",
                 "object": {"id": "https://a.example/e/1", "type": "Event"}, "target": "https://a.example/u/1/featured"}""".getBytes(),
                Activity.class);

        assertThat(like.actor()).contains("https://a.example/u/1");
        assertThat(like.object()).contains(new Ref.Iri("https://b.example/n/1"));
        assertThat(delete.object()).contains(new Ref.Embedded(
                new Tombstone("https://a.example/n/1", Optional.of("Note"), Optional.empty())));
        assertThat(add.object()).as("an unknown embedded type is kept as its id").contains(new Ref.Iri("https://a.example/e/1"));
        assertThat(add.target()).contains(new Ref.Iri("https://a.example/u/1/featured"));
    }

    @Test
    void expectingOneKindAndGettingAnotherIsRefused() {
        assertThatThrownBy(() -> PARSER.parse(Fixtures.read("example.com/create.json"), Actor.class))
                .isInstanceOf(AsParseException.class).hasMessage("$.type: expected Actor, found Create");
    }

    @Test
    void wrongShapesNameTheirPath() {
        assertThatThrownBy(() -> PARSER.parse("""
                {"id": "https://a.example/n/1", "type": "Note", "sensitive": "yes"}"""))
                .hasMessage("$.sensitive: expected true or false, found the string 'yes'");
        assertThatThrownBy(() -> PARSER.parse("""
                {"id": "https://a.example/n/1", "type": "Note", "published": "yesterday"}"""))
                .hasMessage("$.published: expected an ISO 8601 date-time, found 'yesterday'");
        assertThatThrownBy(() -> PARSER.parse("""
                {"id": "https://a.example/n/1", "type": "Note", "tag": [{"type": "Mention", "href": 42}]}"""))
                .hasMessage("$.tag[0].href: expected an IRI or an object with an id, found the number 42");
        assertThat(List.of(AsParseException.Problem.values())).hasSize(4);
    }
}
