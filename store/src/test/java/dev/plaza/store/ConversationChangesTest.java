package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.post;
import static dev.plaza.store.testing.Batches.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.activity.ConversationChange;
import dev.plaza.core.activity.ConversationFilter;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConversationChangesTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void anIngestAndAStatusChangeAreToldAfterTheyCommit() throws Exception {
        long w = db.newWorkspace().id();
        BlockingQueue<ConversationChange> heard = new LinkedBlockingQueue<>();
        SeenIdentity alice = account("alice", "social.example");
        SeenIdentity bob = account("bob", "social.example");
        try (AutoCloseable subscription = db.store().conversationChanges().subscribe(heard::add)) {
            db.store().ingest().ingest(w, new IngestBatch(List.of(alice, bob), List.of(
                    post("https://social.example/p/1", alice, T0, "hello"),
                    reply("https://social.example/p/2", bob, T0.plusSeconds(1), "hi", "https://social.example/p/1")),
                    Optional.empty()), Progress.NONE);
            long id = db.store().conversations().list(w, ConversationFilter.ALL, PageRequest.first(1)).items().getFirst().id();

            assertThat(next(heard, w)).isEqualTo(new ConversationChange(Optional.of(w), List.of(id)));
            db.store().conversations().setStatus(w, id, ConversationStatus.IGNORED);
            assertThat(next(heard, w)).isEqualTo(new ConversationChange(Optional.of(w), List.of(id)));
        }
    }

    @Test
    void aPayloadNamesItsWorkspaceAndItsConversationsOrSaysToReload() {
        assertThat(ConversationSignal.parse("7:1,2")).isEqualTo(new ConversationChange(Optional.of(7L), List.of(1L, 2L)));
        assertThat(ConversationSignal.parse("7:*").reload()).isTrue();
        assertThat(ConversationSignal.parse("7:*").concerns(8)).isFalse();
        assertThat(ConversationSignal.parse("")).isEqualTo(ConversationChange.MISSED);
        assertThat(ConversationChange.MISSED.concerns(8)).isTrue();
    }

    /** The next change for workspace {@code w}: other tests' workspaces may be heard too. */
    private static ConversationChange next(BlockingQueue<ConversationChange> heard, long w) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            ConversationChange change = heard.poll(100, TimeUnit.MILLISECONDS);
            if (change != null && change.workspaceId().equals(Optional.of(w))) {
                return change;
            }
        }
        throw new AssertionError("no change was heard for workspace " + w);
    }
}
