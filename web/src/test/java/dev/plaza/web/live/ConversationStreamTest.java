package dev.plaza.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.activity.ConversationChange;
import dev.plaza.core.activity.ConversationChanges;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ConversationStreamTest {

    private static final Duration NO_WAIT = Duration.ofMillis(1);

    private final AtomicReference<Consumer<ConversationChange>> store = new AtomicReference<>();
    private final ConversationChanges changes = listener -> {
        store.set(listener);
        return () -> store.set(null);
    };

    @Test
    void eachClientHearsTheChangesOfItsOwnWorkspaceAndEveryMissedChange() throws InterruptedException {
        try (ConversationStream stream = new ConversationStream(changes, 4)) {
            Subscriber ours = stream.subscribe(1);
            Subscriber theirs = stream.subscribe(2);

            store.get().accept(change(1, 10));
            store.get().accept(ConversationChange.MISSED);

            assertThat(ours.next(NO_WAIT)).isEqualTo(new Subscriber.Next.Change(change(1, 10)));
            assertThat(ours.next(NO_WAIT)).isEqualTo(new Subscriber.Next.Change(ConversationChange.MISSED));
            assertThat(ours.next(NO_WAIT)).isEqualTo(new Subscriber.Next.Quiet());
            assertThat(theirs.next(NO_WAIT)).isEqualTo(new Subscriber.Next.Change(ConversationChange.MISSED));
        }
    }

    @Test
    void aClientThatFallsBehindItsQueueIsDroppedAndTheOthersGoOn() throws InterruptedException {
        try (ConversationStream stream = new ConversationStream(changes, 2)) {
            Subscriber slow = stream.subscribe(1);
            Subscriber quick = stream.subscribe(1);

            for (long id = 1; id <= 3; id++) {
                store.get().accept(change(1, id));
                assertThat(quick.next(NO_WAIT)).isEqualTo(new Subscriber.Next.Change(change(1, id)));
            }

            assertThat(slow.closed()).isTrue();
            assertThat(slow.next(NO_WAIT)).isEqualTo(new Subscriber.Next.Ended());
            assertThat(stream.clients()).isEqualTo(1);
            assertThat(quick.closed()).isFalse();
        }
    }

    @Test
    void closingTheStreamEndsEveryClientAndStopsListening() throws InterruptedException {
        ConversationStream stream = new ConversationStream(changes, 2);
        Subscriber client = stream.subscribe(1);

        stream.close();

        assertThat(client.next(NO_WAIT)).isEqualTo(new Subscriber.Next.Ended());
        assertThat(store.get()).isNull();
        assertThat(stream.clients()).isZero();
    }

    private static ConversationChange change(long workspace, long conversation) {
        return new ConversationChange(Optional.of(workspace), List.of(conversation));
    }
}
