package dev.plaza.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ListeningCoresTest {

    /** Another listener, which works once it has a core. */
    private static CountDownLatch anotherListener(ListeningCores cores) {
        CountDownLatch worked = new CountDownLatch(1);
        Thread.ofVirtual().start(() -> {
            cores.enter();
            worked.countDown();
            cores.leave();
        });
        return worked;
    }

    private static boolean within(CountDownLatch worked, long millis) throws InterruptedException {
        return worked.await(millis, TimeUnit.MILLISECONDS);
    }

    @Test
    void aListenerWaitsForACoreWhileAnotherWorksOnIt() throws InterruptedException {
        ListeningCores cores = new ListeningCores(1);
        cores.enter();
        CountDownLatch other = anotherListener(cores);

        assertThat(within(other, 200)).as("the one core is taken").isFalse();
        cores.leave();
        assertThat(within(other, 5_000)).isTrue();
    }

    @Test
    void aWaitingListenerLeavesItsCoreToAnother() throws InterruptedException {
        ListeningCores cores = new ListeningCores(1);
        cores.enter();
        CountDownLatch other = anotherListener(cores);

        boolean seen = cores.waiting(() -> within(other, 5_000));

        assertThat(seen).as("the other listener worked while this one waited").isTrue();
        assertThat(cores.holding()).as("the core is taken back after the wait").isTrue();
        cores.leave();
    }

    @Test
    void enteringAgainKeepsTheCoreUntilTheLastLeave() throws InterruptedException {
        ListeningCores cores = new ListeningCores(1);
        cores.enter();
        cores.working(() -> "nested work");
        assertThat(cores.holding()).isTrue();
        CountDownLatch other = anotherListener(cores);
        assertThat(within(other, 200)).isFalse();

        cores.leave();
        assertThat(within(other, 5_000)).isTrue();
    }

    @Test
    void aThreadWithoutACoreWaitsWithoutGivingOneBack() throws InterruptedException {
        ListeningCores cores = new ListeningCores(1);

        assertThat(cores.waiting(() -> "done")).isEqualTo("done");
        cores.enter();
        CountDownLatch other = anotherListener(cores);
        assertThat(within(other, 200)).as("the wait before took no core and gave none").isFalse();
        cores.leave();
        assertThat(within(other, 5_000)).isTrue();
    }

    @Test
    void mistakesAreRefused() {
        assertThatThrownBy(() -> new ListeningCores(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one core");
        assertThatThrownBy(() -> new ListeningCores(2).leave()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds no listening core");
        assertThat(ListeningCores.ofThisMachine().count())
                .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }
}
