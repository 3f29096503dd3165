package dev.plaza.atproto.listening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.atproto.bsky.BskyAccount;
import dev.plaza.atproto.bsky.StrongRef;
import dev.plaza.atproto.peer.AtprotoPeer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listener in a child JVM, killed with SIGKILL mid-stream three times while the reference PDS keeps taking writes,
 * and started again each time from the cursor its file sink stored: every record written is heard exactly once, and
 * every seq of the stream is stored once, none missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListeningCrashPeerTest {

    private static final int KILLS = 3;
    private static final int WRITES_AFTER_LAST_KILL = 10;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private PeerFixture fixture;
    private AtprotoPeer peer;
    private PeerWriter writer;
    private BskyAccount brand;
    private BskyAccount alice;
    private Path sinkFile;
    private Path childLog;
    private Path logbackConfig;

    @BeforeAll
    void startPeer() throws IOException {
        fixture = PeerFixture.start();
        peer = fixture.peer();
        writer = fixture.writer();
        brand = fixture.brand();
        alice = fixture.alice();
    }

    @AfterAll
    void stopPeer() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aListenerKilledMidStreamAndStartedAgainHearsEveryRecordExactlyOnce() throws Exception {
        sinkFile = dir.resolve("heard.log");
        childLog = dir.resolve("child.log");
        logbackConfig = Files.writeString(dir.resolve("logback.xml"), """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n</pattern></encoder>
                  </appender>
                  <root level="INFO"><appender-ref ref="OUT"/></root>
                </configuration>
                """);
        AtomicInteger kills = new AtomicInteger();
        AtomicInteger writesAfterLastKill = new AtomicInteger();
        Thread writing = Thread.ofPlatform().name("crash-test-writer").start(() -> keepWriting(kills, writesAfterLastKill));

        for (int round = 0; round < KILLS; round++) {
            Process child = launchChild();
            int before = committedLines().size();
            // killed while it stores batches and the PDS has taken writes it has not stored yet
            Waiting.until(() -> committedLines().size() >= before + 2 && unheardWrites() > 0, WAIT, this::childLogTail);
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("the child died").isTrue();
            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
            kills.incrementAndGet();
        }
        writing.join(WAIT.toMillis());
        assertThat(writing.isAlive()).as("the writer finished").isFalse();
        List<String> expected = writer.written();

        Process last = launchChild();
        try {
            Waiting.until(() -> heardOperations().containsAll(expected), WAIT,
                    () -> "heard %d of %d writes; %s".formatted(expected.stream().filter(heardOperations()::contains).count(),
                            expected.size(), childLogTail()));
        } finally {
            last.destroyForcibly();
            last.waitFor(20, TimeUnit.SECONDS);
        }

        List<String> heard = heardOperations();
        assertThat(expected).hasSizeGreaterThan(3 * KILLS + WRITES_AFTER_LAST_KILL);
        assertThat(writesAfterLastKill.get()).isEqualTo(WRITES_AFTER_LAST_KILL);
        assertThat(heard).doesNotHaveDuplicates();
        for (String operation : expected) {
            assertThat(heard).as("how often %s was heard", operation).containsOnlyOnce(operation);
        }
        List<Long> seqs = heardSeqs();
        assertThat(seqs).as("every seq stored once and in order").isSorted().doesNotHaveDuplicates();
        assertThat(seqs).as("no seq missing").containsExactlyElementsOf(
                LongStream.rangeClosed(seqs.getFirst(), seqs.getLast()).boxed().toList());
        assertThat(seqs.getFirst()).isEqualTo(1L);
        assertThat(resumedFrom()).as("each child resumed from the cursor the one before it stored").hasSize(KILLS + 1)
                .startsWith("(none)").doesNotHaveDuplicates();
    }

    private long unheardWrites() {
        List<String> heard = heardOperations();
        return writer.written().stream().filter(operation -> !heard.contains(operation)).count();
    }

    /** The cursor each child started from, as it said in its log. */
    private List<String> resumedFrom() throws IOException {
        return Files.readAllLines(childLog, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("listening from cursor "))
                .map(line -> line.substring("listening from cursor ".length()))
                .toList();
    }

    /** Posts, likes, reposts, follows and deletes, until the listener was killed often enough and a few writes more. */
    private void keepWriting(AtomicInteger kills, AtomicInteger writesAfterLastKill) {
        for (int i = 0; writesAfterLastKill.get() < WRITES_AFTER_LAST_KILL && i < 500; i++) {
            StrongRef post = writer.post(i % 2 == 0 ? alice : brand, "post number " + i);
            switch (i % 5) {
                case 1 -> writer.like(brand, post);
                case 2 -> writer.repost(alice, post);
                case 3 -> writer.delete(brand, writer.follow(brand, alice.did()));
                case 4 -> writer.delete(i % 2 == 0 ? alice : brand, post);
                default -> {
                }
            }
            if (kills.get() >= KILLS) {
                writesAfterLastKill.incrementAndGet();
            }
        }
    }

    private Process launchChild() throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "-Dlogback.configurationFile=" + logbackConfig,
                ListeningChild.class.getName(), peer.pdsUrl().toString(), sinkFile.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(Redirect.appendTo(childLog.toFile())).start();
    }

    private List<String> committedLines() {
        try {
            return FileSink.committedLines(sinkFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record operations stored, in the form {@link PeerWriter#written()} has them. */
    private List<String> heardOperations() {
        List<String> operations = new ArrayList<>();
        for (String entry : entries()) {
            String[] parts = entry.split(" ", 4);
            if (parts.length == 4 && parts[1].equals("commit")) {
                for (String op : parts[3].split(";")) {
                    if (op.isEmpty()) {
                        continue;
                    }
                    String[] fields = op.split(" ");
                    operations.add(fields[0] + " at://" + parts[2] + "/" + fields[1] + (fields.length > 2 ? " " + fields[2] : ""));
                }
            }
        }
        return operations;
    }

    private List<Long> heardSeqs() {
        return entries().stream().filter(entry -> Character.isDigit(entry.charAt(0)))
                .map(entry -> Long.parseLong(entry.substring(0, entry.indexOf(' ')))).toList();
    }

    private List<String> entries() {
        List<String> entries = new ArrayList<>();
        for (String line : committedLines()) {
            String[] fields = line.split("\t");
            entries.addAll(List.of(fields).subList(1, fields.length));
        }
        return entries;
    }

    private String childLogTail() {
        try {
            String log = Files.exists(childLog) ? Files.readString(childLog, StandardCharsets.UTF_8) : "";
            return "the child's log ends:\n" + log.substring(Math.max(0, log.length() - 3000));
        } catch (IOException e) {
            return "the child's log cannot be read: " + e;
        }
    }
}
