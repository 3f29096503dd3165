package dev.plaza.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void callersWaitingTogetherShareOneWrite() throws Exception {
        List<List<Integer>> writes = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstWriteStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<Integer, Integer> commits = new GroupCommit<>("test", 100, (key, items) -> {
            writes.add(items);
            firstWriteStarted.countDown();
            await(release);
            return items.stream().map(i -> i * 10).toList();
        });
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Integer> first = callers.submit(() -> commits.submit(1, 0));
            firstWriteStarted.await(5, TimeUnit.SECONDS);
            List<Future<Integer>> rest = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                int item = i;
                rest.add(callers.submit(() -> commits.submit(1, item)));
            }
            Thread.sleep(200); // all twenty queue up behind the first write
            release.countDown();

            assertThat(first.get(5, TimeUnit.SECONDS)).isZero();
            for (int i = 0; i < rest.size(); i++) {
                assertThat(rest.get(i).get(5, TimeUnit.SECONDS)).isEqualTo((i + 1) * 10);
            }
        }
        assertThat(writes).hasSize(2);
        assertThat(writes.get(1)).hasSize(20);
    }

    @Test
    void aGroupIsNeverLargerThanTheLimit() throws Exception {
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> commits = new GroupCommit<>("test", 3, (key, items) -> {
            sizes.add(items.size());
            sleep(20);
            return items;
        });
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 30; i++) {
                int item = i;
                callers.submit(() -> commits.submit(7, item));
            }
        }
        assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(1, 3));
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(30);
    }

    @Test
    void anItemThatCannotBeWrittenFailsOnlyItsOwnCaller() throws Exception {
        List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<Integer, Integer> commits = new GroupCommit<>("test", 100, (key, items) -> {
            await(release);
            if (items.contains(13)) {
                throw new IllegalArgumentException("13 is refused");
            }
            written.addAll(items);
            return items;
        });
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 10; i < 16; i++) {
                int item = i;
                results.add(callers.submit(() -> commits.submit(1, item)));
            }
            Thread.sleep(100);
            release.countDown();
            for (int i = 0; i < results.size(); i++) {
                Future<Integer> result = results.get(i);
                if (i + 10 == 13) {
                    assertThatThrownBy(result::get).hasCauseInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("13 is refused");
                } else {
                    assertThat(result.get()).isEqualTo(i + 10);
                }
            }
        }
        assertThat(written).containsExactlyInAnyOrder(10, 11, 12, 14, 15);
    }

    @Test
    void keysAreWrittenSeparately() {
        List<String> writes = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<String, String> commits = new GroupCommit<>("test", 10, (key, items) -> {
            writes.add(key + ":" + items);
            return items;
        });
        assertThat(commits.submit(1, "a")).isEqualTo("a");
        assertThat(commits.submit(2, "b")).isEqualTo("b");
        assertThat(writes).containsExactly("1:[a]", "2:[b]");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
