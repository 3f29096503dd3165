package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.post;
import static dev.plaza.store.testing.Batches.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.activity.Conversation;
import dev.plaza.core.activity.ConversationFilter;
import dev.plaza.core.activity.ConversationFilter.Assignee;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConversationFilterTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-04-01T10:00:00Z");

    @Test
    void everyPartOfTheFilterMustHoldAndPagesFollowTheFilter() {
        long w = db.newWorkspace().id();
        SeenIdentity alice = account("alice", "social.example");
        SeenIdentity bob = SeenIdentity.of(Platform.BLUESKY, "did:plc:bob", "bob.example", "Bob", Optional.empty());
        db.store().ingest().ingest(w, new IngestBatch(List.of(alice, bob), List.of(
                post("https://social.example/p/1", alice, T0, "one"), answer("https://social.example/p/1", bob, T0),
                post("https://social.example/p/2", alice, T0.plusSeconds(1), "two"),
                answer("https://social.example/p/2", bob, T0.plusSeconds(1)),
                post("https://social.example/p/3", alice, T0.plusSeconds(2), "three"),
                answer("https://social.example/p/3", bob, T0.plusSeconds(2)),
                post("at://did:plc:bob/app.bsky.feed.post/3k", bob, T0.plusSeconds(3), "four"),
                answer("at://did:plc:bob/app.bsky.feed.post/3k", alice, T0.plusSeconds(3))), Optional.empty()), Progress.NONE);
        long robin = db.store().team().add(w, "robin@plaza.test", "Robin", Role.MANAGER, "correct horse battery".toCharArray()).id();
        long two = id(w, "two");
        db.store().conversations().assign(w, two, Optional.of(robin));
        db.store().conversations().assign(w, id(w, "four"), Optional.of(robin));
        db.store().conversations().setStatus(w, id(w, "three"), ConversationStatus.ANSWERED);

        assertThat(subjects(w, ConversationFilter.ALL.withPlatform(Optional.of(Platform.FEDIVERSE))))
                .containsExactly("three", "two", "one");
        assertThat(subjects(w, ConversationFilter.ALL.withAssignee(Optional.of(new Assignee.Member(robin)))))
                .containsExactly("four", "two");
        assertThat(subjects(w, ConversationFilter.ALL.withAssignee(Optional.of(Assignee.NOBODY))))
                .containsExactly("three", "one");
        assertThat(subjects(w, new ConversationFilter(Optional.of(ConversationStatus.OPEN), Optional.of(Platform.FEDIVERSE),
                Optional.of(Assignee.NOBODY)))).containsExactly("one");

        ConversationFilter fediverse = ConversationFilter.ALL.withPlatform(Optional.of(Platform.FEDIVERSE));
        Page<Conversation> first = db.store().conversations().list(w, fediverse, PageRequest.first(2));
        Page<Conversation> second = db.store().conversations().list(w, fediverse,
                new PageRequest(first.nextCursor(), 2));
        assertThat(first.items()).extracting(Conversation::subject).containsExactly("three", "two");
        assertThat(second.items()).extracting(Conversation::subject).containsExactly("one");
        assertThat(second.nextCursor()).isEmpty();
    }

    @Test
    void anAssigneeIsReadFromItsKey() {
        assertThat(Assignee.parse("nobody")).isEqualTo(Assignee.NOBODY);
        assertThat(Assignee.parse("42")).isEqualTo(new Assignee.Member(42));
        assertThat(new Assignee.Member(42).key()).isEqualTo("42");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Assignee.parse("robin"))
                .hasMessageContaining("'nobody'").hasMessageContaining("robin");
    }

    /** A reply a second after {@code at}: a post becomes a conversation once someone answers it. */
    private static IncomingActivity answer(String parent, SeenIdentity author, Instant at) {
        return reply(parent + "/answer", author, at.plusSeconds(1), "answering " + parent, parent);
    }

    private static long id(long w, String subject) {
        return db.store().conversations().list(w, ConversationFilter.ALL, PageRequest.first(10)).items().stream()
                .filter(c -> c.subject().equals(subject)).findFirst().orElseThrow().id();
    }

    private static List<String> subjects(long w, ConversationFilter filter) {
        return db.store().conversations().list(w, filter, PageRequest.first(10)).items().stream().map(Conversation::subject).toList();
    }
}
