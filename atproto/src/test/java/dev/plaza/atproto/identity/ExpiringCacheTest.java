package dev.plaza.atproto.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.identity.IdentityException.Reason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void callersOfAKeyBeingLoadedWaitForThatLoadEvenWhenNothingIsKept() throws InterruptedException {
        ExpiringCache<String, String> cache = new ExpiringCache<>(clock, Duration.ZERO, Duration.ZERO, 10);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger loads = new AtomicInteger();
        Function<String, String> slowLoad = key -> {
            loads.incrementAndGet();
            await(release);
            return key.toUpperCase();
        };
        ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
        List<Thread> callers = IntStream.range(0, 6)
                .mapToObj(i -> Thread.ofPlatform().start(() -> answers.add(cache.get("alice", slowLoad))))
                .toList();

        // the loader waits on the latch with a timeout; the other five wait, untimed, for its answer
        Waiting.until(() -> loads.get() == 1
                && callers.stream().filter(t -> t.getState() == Thread.State.WAITING).count() == callers.size() - 1);
        release.countDown();
        for (Thread caller : callers) {
            caller.join(10_000);
        }

        assertThat(answers).hasSize(6).containsOnly("ALICE");
        assertThat(loads).hasValue(1);
        assertThat(cache.get("alice", slowLoad)).as("a zero TTL keeps nothing").isEqualTo("ALICE");
        assertThat(loads).hasValue(2);
    }

    @Test
    void answersAndFailuresExpireOnTheirOwnTtls() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(clock, Duration.ofMinutes(10), Duration.ofMinutes(1), 10);
        AtomicInteger loads = new AtomicInteger();

        cache.get("alice", key -> "A" + loads.incrementAndGet());
        assertThatThrownBy(() -> cache.get("bob", key -> {
            loads.incrementAndGet();
            throw new IdentityException(Reason.NOT_FOUND, "no bob");
        })).isInstanceOf(IdentityException.class).hasMessage("no bob");

        clock.advance(Duration.ofSeconds(59));
        assertThat(cache.get("alice", key -> "never")).isEqualTo("A1");
        assertThatThrownBy(() -> cache.get("bob", key -> "never")).hasMessage("no bob");
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get("bob", key -> "B")).isEqualTo("B");
        assertThat(cache.get("alice", key -> "never")).isEqualTo("A1");
        clock.advance(Duration.ofMinutes(9));
        assertThat(cache.get("alice", key -> "A again")).isEqualTo("A again");
        assertThat(loads).hasValue(2);
    }

    @Test
    void anAnswerLoadedAcrossAnInvalidateIsNotKept() throws InterruptedException {
        ExpiringCache<String, String> cache = new ExpiringCache<>(clock, Duration.ofHours(1), Duration.ofHours(1), 10);
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread stale = Thread.ofPlatform().start(() -> cache.get("alice", key -> {
            loading.countDown();
            await(release);
            return "old document";
        }));

        await(loading);
        cache.invalidate("alice");
        release.countDown();
        stale.join(10_000);

        assertThat(cache.get("alice", key -> "new document")).isEqualTo("new document");
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void anUnexpectedExceptionReachesTheCallerAndIsNotKept() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(clock, Duration.ofHours(1), Duration.ofHours(1), 10);

        assertThatThrownBy(() -> cache.get("alice", key -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(cache.get("alice", key -> "fine")).isEqualTo("fine");
    }

    @Test
    void aFailureOfAnInterruptedLoaderIsNotKept() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(clock, Duration.ofHours(1), Duration.ofHours(1), 10);

        assertThatThrownBy(() -> cache.get("alice", key -> {
            Thread.currentThread().interrupt();
            throw new IdentityException(Reason.UNAVAILABLE, "interrupted while resolving alice");
        })).isInstanceOf(IdentityException.class);
        assertThat(Thread.interrupted()).as("the interrupt stays set").isTrue();

        assertThat(cache.get("alice", key -> "fine")).isEqualTo("fine");
    }

    @Test
    void invalidatingValuesDropsTheAnswersThatMatch() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(clock, Duration.ofHours(1), Duration.ofHours(1), 10);
        cache.get("alice.test", key -> "did:plc:alice");
        cache.get("alice.example", key -> "did:plc:alice");
        cache.get("bob.test", key -> "did:plc:bob");

        cache.invalidateValues("did:plc:alice"::equals);

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("bob.test", key -> "reloaded")).isEqualTo("did:plc:bob");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("latch not released within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
