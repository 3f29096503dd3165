package dev.plaza.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.LanguageDetector;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.ingest.StreamIngest;
import dev.plaza.store.testing.TestStore;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three listeners killed with SIGKILL partway through a recorded mixed stream, then started again:
 * each resumes from the position stored with its last batch, and the store ends up holding what one
 * uninterrupted run keeps, each activity once, with its counts and daily rollups agreeing.
 */
class CrashResumeTest {

    private static final long EVENTS = 40_000;
    private static final int SIGKILL_EXIT = 128 + 9;

    @RegisterExtension
    static final TestStore db = new TestStore();

    @TempDir
    Path temp;

    @Test
    void listenersKilledPartwayResumeAndStoreEveryActivityOnce() throws Exception {
        Path recording = temp.resolve("mixed.txt");
        long events = MixedStreamGenerator.generate(recording, EVENTS, 7);
        long workspace = db.newWorkspace().id();
        List<Long> feeds = IntStream.range(0, MixedStreamGenerator.FEEDS).mapToObj(feed -> db.store().channels().add(workspace,
                Platform.RSS, MixedStreamReplay.feedUrl(feed).toString(), ChannelKind.LISTENING, Optional.empty()).id()).toList();
        Expected expected = Expected.of(recording, workspace, feeds);
        assertThat(events).isGreaterThanOrEqualTo(EVENTS);
        assertThat(expected.uris).as("the recording has activities of every source to keep").hasSizeGreaterThan(1_000);
        assertThat(expected.byPlatform).containsOnlyKeys("bluesky", "fediverse", "rss");

        Process first = replay(recording, workspace, feeds, "first");
        long storedWhenKilled = waitForSomeStored(first, workspace);
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(SIGKILL_EXIT);
        long afterKill = count("SELECT count(*) FROM activity WHERE workspace_id = ?", workspace);
        assertThat(afterKill).as("the store holds some of the recording, not all").isPositive().isLessThan(expected.uris.size())
                .isGreaterThanOrEqualTo(storedWhenKilled);

        System.out.printf("crash test: %,d events, %,d activities expected (%s); killed with %,d stored%n", events,
                expected.uris.size(), expected.byPlatform, afterKill);

        Process second = replay(recording, workspace, feeds, "second");
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("the resumed replay ends").isTrue();
        assertThat(second.exitValue()).as("the resumed replay's output: " + Files.readString(temp.resolve("second.log"))).isZero();

        assertThat(strings("SELECT uri FROM activity WHERE workspace_id = ?", workspace))
                .as("every expected activity exactly once, nothing else").hasSameSizeAs(expected.uris)
                .containsExactlyInAnyOrderElementsOf(expected.uris);
        assertThat(countsBy("SELECT platform, count(*) FROM activity WHERE workspace_id = ? GROUP BY platform", workspace))
                .isEqualTo(expected.byPlatform);
        assertThat(countsBy("SELECT day || ' ' || platform, count FROM activity_daily WHERE workspace_id = ?", workspace))
                .as("daily rollups").isEqualTo(expected.daily);
        assertThat(count("""
                SELECT count(*) FROM conversation c
                WHERE c.workspace_id = ? AND c.activity_count <> (SELECT count(*) FROM activity a WHERE a.conversation_id = c.id)""",
                workspace)).as("conversations whose activity count is not what they hold").isZero();
        assertThat(count("SELECT count(*) FROM conversation WHERE workspace_id = ?", workspace)).isPositive();
        assertThat(count("""
                SELECT count(*) FROM identity i
                WHERE i.workspace_id = ? AND i.activity_count <> (SELECT count(*) FROM activity a WHERE a.author_identity_id = i.id)""",
                workspace)).as("identities whose activity count is not what they wrote").isZero();
        assertThat(strings("SELECT platform || ' ' || stable_id FROM identity WHERE workspace_id = ?", workspace))
                .as("each identity once").containsExactlyInAnyOrderElementsOf(expected.identities);
        assertThat(count("SELECT count(*) FROM person WHERE workspace_id = ? AND merged_into IS NULL", workspace))
                .as("one person per identity's person, none left over")
                .isEqualTo(count("SELECT count(DISTINCT person_id) FROM identity WHERE workspace_id = ?", workspace));
        assertThat(countsBy("SELECT stream, position FROM stream_position WHERE workspace_id = ?", workspace))
                .as("every stream's position is its last event's").isEqualTo(expected.positions);
    }

    /** What one uninterrupted replay of the recording keeps, as the store would see it. */
    private static final class Expected implements StreamIngest {

        private final Set<String> uris = new HashSet<>();
        private final Set<String> identities = new HashSet<>();
        private final Map<String, Long> byPlatform = new HashMap<>();
        private final Map<String, Long> daily = new HashMap<>();
        private final Map<String, Long> positions = new HashMap<>();

        static Expected of(Path recording, long workspace, List<Long> feeds) throws InterruptedException {
            Expected expected = new Expected();
            new MixedStreamReplay(expected, workspace, feeds, LanguageDetector.none()).replay(recording);
            return expected;
        }

        @Override
        public synchronized IngestResult ingest(long workspaceId, StreamBatch batch) {
            for (SeenIdentity identity : batch.batch().identities()) {
                identities.add(identity.platform().key() + " " + identity.stableId());
            }
            for (IncomingActivity activity : batch.batch().activities()) {
                if (uris.add(activity.uri())) {
                    String platform = activity.author().platform().key();
                    byPlatform.merge(platform, 1L, Long::sum);
                    daily.merge(LocalDate.ofInstant(activity.at(), ZoneOffset.UTC) + " " + platform, 1L, Long::sum);
                }
            }
            positions.put(batch.stream(), batch.position());
            return IngestResult.NOTHING;
        }

        @Override
        public synchronized Optional<Long> position(long workspaceId, String stream) {
            return Optional.ofNullable(positions.get(stream));
        }
    }

    private Process replay(Path recording, long workspace, List<Long> feeds, String name) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), ReplayProcess.class.getName(),
                db.jdbcUrl(), Long.toString(workspace), recording.toString(),
                feeds.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .redirectErrorStream(true).redirectOutput(new File(temp.toFile(), name + ".log")).start();
    }

    /** Waits until the replay has stored some activities of each source; returns how many it had stored. */
    private long waitForSomeStored(Process process, long workspace) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the replay is still running: " + Files.readString(temp.resolve("first.log"))).isTrue();
            Map<String, Long> stored = countsBy("SELECT platform, count(*) FROM activity WHERE workspace_id = ? GROUP BY platform",
                    workspace);
            if (stored.size() == 3) {
                return stored.values().stream().mapToLong(Long::longValue).sum();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the replay stored nothing of some source within a minute");
    }

    private long count(String sql, long workspace) throws SQLException {
        try (Connection connection = dataSource().getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, workspace);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private List<String> strings(String sql, long workspace) throws SQLException {
        try (Connection connection = dataSource().getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, workspace);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private Map<String, Long> countsBy(String sql, long workspace) throws SQLException {
        try (Connection connection = dataSource().getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, workspace);
            Map<String, Long> values = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.put(rows.getString(1), rows.getLong(2));
                }
            }
            return values;
        }
    }

    private static javax.sql.DataSource dataSource() {
        return db.plazaStore().dataSource();
    }
}
