package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.Identity;
import dev.plaza.core.people.LinkEvidence;
import dev.plaza.core.people.Person;
import dev.plaza.core.people.PersonFilter;
import dev.plaza.core.people.PersonMerge;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PeopleTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");

    private long workspaceWith(int people) {
        long w = db.newWorkspace().id();
        List<SeenIdentity> identities = new ArrayList<>();
        List<IncomingActivity> activities = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            SeenIdentity who = account("user" + i, i % 2 == 0 ? "even.example" : "odd.example");
            identities.add(who);
            activities.add(post("https://x.example/p/" + i, who, T0.plusSeconds(i % 7), "post " + i));
        }
        db.store().ingest().ingest(w, new IngestBatch(identities, activities, Optional.empty()), Progress.NONE);
        return w;
    }

    @Test
    void walkingEveryPageReturnsEachPersonExactlyOnceNewestFirst() {
        long w = workspaceWith(23);
        List<Person> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(5);
        while (true) {
            Page<Person> page = db.store().people().search(w, PersonFilter.ALL, request);
            seen.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
                break;
            }
            request = PageRequest.after(page.nextCursor().get(), 5);
        }
        assertThat(seen).hasSize(23).extracting(Person::id).doesNotHaveDuplicates();
        assertThat(seen).extracting(Person::lastSeen).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void searchMatchesNamesAndHandlesAndTreatsWildcardsLiterally() {
        long w = workspaceWith(12);
        assertThat(db.store().people().search(w, new PersonFilter(Optional.of("user1"), Optional.empty()),
                PageRequest.first(50)).items()).extracting(Person::displayName)
                .containsExactlyInAnyOrder("User1", "User10", "User11");
        assertThat(db.store().people().search(w, new PersonFilter(Optional.of("odd.example"), Optional.empty()),
                PageRequest.first(50)).items()).hasSize(6);
        assertThat(db.store().people().search(w, new PersonFilter(Optional.of("%"), Optional.empty()),
                PageRequest.first(50)).items()).isEmpty();
        assertThat(db.store().people().search(w, new PersonFilter(Optional.empty(), Optional.of(Platform.BLUESKY)),
                PageRequest.first(50)).items()).isEmpty();
    }

    @Test
    void searchIgnoresCaseInAnyScript() {
        long w = db.newWorkspace().id();
        SeenIdentity lena = SeenIdentity.of(Platform.FEDIVERSE, "https://social.example/users/lena", "@Лена@social.example",
                "Лена Öztürk", Optional.empty());
        db.store().ingest().ingest(w, new IngestBatch(List.of(lena),
                List.of(post("https://social.example/p/lena", lena, T0, "привет")), Optional.empty()), Progress.NONE);

        for (String text : List.of("ЛЕНА", "öZTÜRK", "@лена@")) {
            assertThat(db.store().people().search(w, new PersonFilter(Optional.of(text), Optional.empty()),
                    PageRequest.first(10)).items()).as(text).extracting(Person::displayName).containsExactly("Лена Öztürk");
        }
    }

    @Test
    void aMalformedCursorIsTheCallersMistake() {
        long w = workspaceWith(1);
        assertThatThrownBy(() -> db.store().people().search(w, PersonFilter.ALL, PageRequest.after("not-a-cursor!", 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not one that Plaza handed out");
    }

    @Test
    void aMergeMovesIdentitiesAndItsUndoPutsThemBackExactly() {
        long w = workspaceWith(2);
        List<Person> people = db.store().people().search(w, PersonFilter.ALL, PageRequest.first(10)).items();
        Person survivor = people.get(0);
        Person merged = people.get(1);
        Identity mergedIdentity = db.store().people().identitiesOf(w, merged.id()).get(0);

        PersonMerge merge = db.store().people().merge(w, survivor.id(), merged.id(),
                new LinkEvidence("same avatar and bio", 0.8), Optional.empty());

        assertThat(db.store().people().find(w, merged.id())).isEmpty();
        assertThat(db.store().people().find(w, survivor.id()).orElseThrow())
                .satisfies(p -> assertThat(p.identityCount()).isEqualTo(2))
                .satisfies(p -> assertThat(p.activityCount()).as("each had one post").isEqualTo(2));
        assertThat(db.store().people().identity(w, mergedIdentity.id()).orElseThrow().link())
                .isEqualTo(new LinkEvidence("same avatar and bio", 0.8));
        assertThat(db.store().people().mergesOf(w, survivor.id())).containsExactly(merge);

        PersonMerge undone = db.store().people().undoMerge(w, merge.id());

        assertThat(undone.undone()).isTrue();
        assertThat(db.store().people().identitiesOf(w, merged.id())).containsExactly(mergedIdentity);
        assertThat(db.store().people().find(w, survivor.id()).orElseThrow().identityCount()).isEqualTo(1);
        assertThat(db.store().people().find(w, merged.id()).orElseThrow().activityCount()).isEqualTo(1);
        assertThatThrownBy(() -> db.store().people().undoMerge(w, merge.id())).hasMessageContaining("already undone");
    }

    @Test
    void mergingAcrossWorkspacesOrIntoOneselfIsRefused() {
        long a = workspaceWith(1);
        long b = workspaceWith(1);
        long pa = db.store().people().search(a, PersonFilter.ALL, PageRequest.first(1)).items().get(0).id();
        long pb = db.store().people().search(b, PersonFilter.ALL, PageRequest.first(1)).items().get(0).id();

        assertThatThrownBy(() -> db.store().people().merge(a, pa, pb, LinkEvidence.FIRST_SEEN, Optional.empty()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> db.store().people().merge(a, pa, pa, LinkEvidence.FIRST_SEEN, Optional.empty()))
                .hasMessageContaining("themselves");
    }
}
