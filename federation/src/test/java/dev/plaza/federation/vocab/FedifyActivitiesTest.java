package dev.plaza.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The activity and collection fixtures, field by field. */
class FedifyActivitiesTest {

    private static final AsParser PARSER = AsParser.withDefaults();

    private static <T extends AsObject> T parse(String fixture, Class<T> type) {
        return PARSER.parse(Fixtures.read(fixture), type);
    }

    private static Note embeddedNote(Ref ref) {
        assertThat(ref).isInstanceOf(Ref.Embedded.class);
        return (Note) ((Ref.Embedded) ref).object();
    }

    @Test
    void createNamesItsActorAndNoObject() {
        Activity create = parse("example.com/create.json", Activity.class);

        assertThat(create.id()).isEqualTo("https://example.com/create");
        assertThat(create.type()).isEqualTo("Create");
        assertThat(create.actor()).contains("https://example.com/person");
        assertThat(create.object()).isEmpty();
        assertThat(create.to()).isEmpty();
    }

    @Test
    void announceRefersToItsObjectByIri() {
        Activity announce = parse("example.com/announce.json", Activity.class);

        assertThat(announce.type()).isEqualTo("Announce");
        assertThat(announce.actor()).isEmpty();
        assertThat(announce.object()).contains(new Ref.Iri("https://example.com/object"));
        assertThat(announce.objectIri()).contains("https://example.com/object");
    }

    @Test
    void crossOriginActorIsExposedForTheInboxToRefuse() {
        Activity create = parse("example.com/cross-origin-actor.json", Activity.class);

        assertThat(create.id()).startsWith("https://example.com/");
        assertThat(create.actor()).contains("https://cross-origin.com/actor");
    }

    @Test
    void inviteIsAnActivityLikeAnyOther() {
        Activity invite = parse("example.com/invite.json", Activity.class);

        assertThat(invite.type()).isEqualTo("Invite");
        assertThat(invite.objectIri()).contains("https://example.com/object");
    }

    @Test
    void orderedCollectionEmbedsAnonymousNotes() {
        Collection collection = parse("example.com/collection.json", Collection.class);

        assertThat(collection.type()).isEqualTo(Collection.Type.ORDERED_COLLECTION);
        assertThat(collection.totalItems()).isEmpty();
        assertThat(collection.items()).map(FedifyActivitiesTest::embeddedNote)
                .extracting(note -> note.content().orElseThrow())
                .containsExactly("This is a simple note", "This is another simple note", "This is a third simple note");
        assertThat(embeddedNote(collection.items().getFirst()).id()).isEmpty();
    }

    @Test
    void pagedCollectionLinksItsFirstPageAndPagesLinkOnward() {
        Collection collection = parse("example.com/paged-collection.json", Collection.class);
        Collection a = parse("example.com/paged/a.json", Collection.class);
        Collection b = parse("example.com/paged/b.json", Collection.class);

        assertThat(collection.first()).contains(new Ref.Iri("https://example.com/paged/a"));
        assertThat(collection.items()).isEmpty();
        assertThat(a.type().page()).isTrue();
        assertThat(a.partOf()).contains("https://example.com/paged-collection");
        assertThat(a.next()).contains(new Ref.Iri("https://example.com/paged/b"));
        assertThat(a.items()).hasSize(1);
        assertThat(b.next()).isEmpty();
        assertThat(b.items()).map(FedifyActivitiesTest::embeddedNote).extracting(note -> note.content().orElseThrow())
                .containsExactly("This is another simple note", "This is a third simple note");
    }

    @Test
    void inlinePagedCollectionEmbedsItsFirstPage() {
        Collection collection = parse("example.com/inline-paged-collection.json", Collection.class);

        Collection first = (Collection) ((Ref.Embedded) collection.first().orElseThrow()).object();
        assertThat(collection.type()).isEqualTo(Collection.Type.COLLECTION);
        assertThat(first.type()).isEqualTo(Collection.Type.COLLECTION_PAGE);
        assertThat(first.id()).isEmpty();
        assertThat(first.next()).contains(new Ref.Iri("https://example.com/inline-paged/a"));
        assertThat(first.items()).map(FedifyActivitiesTest::embeddedNote).extracting(note -> note.content().orElseThrow())
                .containsExactly("Inline first note");
    }

    @Test
    void orderedCollectionPageEmbedsACreateWithItsNote() {
        Collection page = parse("example.com/orderedcollectionpage.json", Collection.class);

        assertThat(page.type()).isEqualTo(Collection.Type.ORDERED_COLLECTION_PAGE);
        assertThat(page.totalItems()).contains(1L);
        Activity create = (Activity) ((Ref.Embedded) page.items().getFirst()).object();
        assertThat(create.id()).isEqualTo("https://example.com/activities/1");
        assertThat(create.actor()).contains("https://example.com/users/1");
        assertThat(create.to()).containsExactly("https://www.w3.org/ns/activitystreams#Public");
        assertThat(create.published()).contains(Instant.parse("2024-11-19T15:24:56Z"));
        Note note = embeddedNote(create.object().orElseThrow());
        assertThat(note.id()).contains("https://example.com/notes/1");
        assertThat(note.attributedTo()).contains("https://example.com/users/1");
        assertThat(note.content()).contains("This is a simple note");
        assertThat(note.to()).containsExactly("https://www.w3.org/ns/activitystreams#Public");
        assertThat(note.published()).contains(Instant.parse("2024-11-19T15:24:56Z"));
    }
}
