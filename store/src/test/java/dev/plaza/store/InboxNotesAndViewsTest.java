package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.post;
import static dev.plaza.store.testing.Batches.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.activity.ConversationFilter;
import dev.plaza.core.activity.ConversationNote;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.activity.SavedView;
import dev.plaza.core.community.MatchReason;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InboxNotesAndViewsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void notesAreKeptOnTheirConversationOldestFirstWithTheirAuthor() {
        long w = db.newWorkspace().id();
        long conversation = conversation(w);
        long robin = member(w, "robin");
        long sam = member(w, "sam");

        db.store().inboxNotes().add(w, conversation, robin, "  Customer since 2019; be kind.  ");
        db.store().inboxNotes().add(w, conversation, sam, "Asked the shop, waiting.");

        assertThat(db.store().inboxNotes().of(w, conversation)).extracting(ConversationNote::authorName, ConversationNote::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("robin", "Customer since 2019; be kind."),
                        org.assertj.core.groups.Tuple.tuple("sam", "Asked the shop, waiting."));
        long elsewhere = db.newWorkspace().id();
        assertThat(db.store().inboxNotes().of(elsewhere, conversation)).as("another workspace's").isEmpty();
        assertThatThrownBy(() -> db.store().inboxNotes().add(elsewhere, conversation, robin, "hi"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aNoteHasTextOfAtMostFiveThousandCharactersByATeamMember() {
        long w = db.newWorkspace().id();
        long conversation = conversation(w);
        long robin = member(w, "robin");
        long stranger = member(db.newWorkspace().id(), "stranger");

        assertThat(db.store().inboxNotes().add(w, conversation, robin, "é".repeat(5000)).text()).hasSize(5000);
        assertThatThrownBy(() -> db.store().inboxNotes().add(w, conversation, robin, "x".repeat(5001)))
                .hasMessageContaining("5001").hasMessageContaining("5000");
        assertThatThrownBy(() -> db.store().inboxNotes().add(w, conversation, robin, "   ")).hasMessageContaining("needs some text");
        assertThatThrownBy(() -> db.store().inboxNotes().add(w, conversation, stranger, "hi"))
                .hasMessageContaining("not on this workspace's team");
    }

    @Test
    void savedViewsAreEachMembersOwnAndKeepEveryPartOfTheFilter() {
        long w = db.newWorkspace().id();
        long robin = member(w, "robin");
        long sam = member(w, "sam");
        ConversationFilter filter = ConversationFilter.ALL.withStatus(Optional.of(ConversationStatus.OPEN))
                .withPlatform(Optional.of(Platform.BLUESKY)).withAssignee(Optional.of(new ConversationFilter.Assignee.Member(robin)))
                .withCommunity(Optional.of(7L)).withChannel(Optional.of(8L)).withLanguage(Optional.of("pt-BR"))
                .withReason(Optional.of(MatchReason.Kind.HASHTAG)).withUnansweredQuestions(true);

        SavedView mine = db.store().savedViews().save(w, robin, "My questions", filter);
        db.store().savedViews().save(w, robin, "All open", ConversationFilter.ofStatus(Optional.of(ConversationStatus.OPEN)));
        db.store().savedViews().save(w, robin, "My questions", filter.withUnansweredQuestions(false));

        assertThat(db.store().savedViews().of(w, robin)).extracting(SavedView::name).containsExactly("All open", "My questions");
        assertThat(db.store().savedViews().of(w, robin).get(1).filter()).isEqualTo(filter.withUnansweredQuestions(false));
        assertThat(db.store().savedViews().of(w, sam)).isEmpty();
        assertThat(db.store().savedViews().delete(w, sam, mine.id())).as("not sam's to delete").isFalse();
        assertThat(db.store().savedViews().delete(w, robin, mine.id())).isTrue();
        assertThat(db.store().savedViews().of(w, robin)).extracting(SavedView::name).containsExactly("All open");
        assertThatThrownBy(() -> db.store().savedViews().save(w, robin, " ", filter)).hasMessageContaining("name");
    }

    private static long member(long w, String name) {
        return db.store().team().add(w, name + "-" + w + "@plaza.test", name, Role.MANAGER, "correct horse battery".toCharArray()).id();
    }

    private static long conversation(long w) {
        SeenIdentity alice = account("alice", "social.example");
        SeenIdentity bob = account("bob", "social.example");
        db.store().ingest().ingest(w, new IngestBatch(List.of(alice, bob), List.of(
                post("https://social.example/p/1", alice, T0, "hello"),
                reply("https://social.example/p/2", bob, T0.plusSeconds(1), "hi", "https://social.example/p/1")),
                Optional.empty()), Progress.NONE);
        return db.store().conversations().list(w, ConversationFilter.ALL, PageRequest.first(1)).items().getFirst().id();
    }
}
