package dev.plaza.bench;

import dev.plaza.core.community.LanguageDetector;
import dev.plaza.core.secrets.SecretBox;
import dev.plaza.store.PlazaStore;
import dev.plaza.store.testing.TestStore;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The listeners of {@link CrashResumeTest} in a JVM of their own, to be killed: replays a recording
 * into a workspace of a database from each source's stored position.
 *
 * <p>Arguments: {@code jdbcUrl workspaceId recording feedChannelId,feedChannelId,…}.
 */
public final class ReplayProcess {

    private ReplayProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<Long> feeds = Arrays.stream(args[3].split(",")).map(Long::parseLong).toList();
        try (PlazaStore store = PlazaStore.onJdbcUrl(args[0], "crash test database", new SecretBox(TestStore.SECRET_KEY), List.of())) {
            MixedStreamReplay.Result result = new MixedStreamReplay(store.streams(), Long.parseLong(args[1]), feeds,
                    LanguageDetector.none()).replay(Path.of(args[2]));
            System.out.printf("replayed %,d events, kept %,d%n", result.events(), result.kept());
        }
    }
}
