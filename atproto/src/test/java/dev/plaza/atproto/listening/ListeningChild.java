package dev.plaza.atproto.listening;

import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The listener in a JVM of its own, for the crash test: listens to the PDS given as the first argument from the
 * beginning of its stream into the {@link FileSink} given as the second, with a sink slow enough that frames queue
 * up, until it is killed.
 */
public final class ListeningChild {

    static final Duration STORE_TIME = Duration.ofMillis(15);

    private ListeningChild() {
    }

    public static void main(String[] args) throws Exception {
        URI pds = URI.create(args[0]);
        FileSink file = FileSink.open(Path.of(args[1]));
        ListeningSink slow = new ListeningSink() {
            @Override
            public Optional<Long> cursor() {
                return file.cursor();
            }

            @Override
            public void store(ListeningBatch batch) {
                try {
                    Thread.sleep(STORE_TIME);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                file.store(batch);
            }
        };
        GuardedHttpClient http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
        FirehoseListener listener = FirehoseListener.builder(pds, slow, http)
                .settings(ListeningSettings.DEFAULT.withFirstCursor(0).withMaxBatch(3)
                        .withBackoff(new Backoff(Duration.ofMillis(50), Duration.ofSeconds(1))))
                .start();
        System.out.println("listening from cursor " + file.cursor().map(String::valueOf).orElse("(none)"));
        while (true) {
            Thread.sleep(1_000);
            System.out.println(listener.status());
        }
    }
}
