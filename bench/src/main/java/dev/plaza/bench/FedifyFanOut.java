package dev.plaza.bench;

import dev.plaza.testing.NodePeers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A Fedify server in a child process (test-peers/fedify/fanout-bench.mjs on the Node that
 * test-peers/fedify/install.sh pins), fanning out to the benchmark's sink on command. Its output
 * lines are the protocol: {@code ready …} once, then {@code sent N} or {@code error …} per send.
 */
final class FedifyFanOut implements AutoCloseable {

    private static final long START_SECONDS = 120;

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final String description;

    private FedifyFanOut(Process process) throws InterruptedException {
        this.process = process;
        this.commands = process.outputWriter(StandardCharsets.UTF_8);
        Thread.ofVirtual().name("fedify-output").start(this::readOutput);
        String first = replies.poll(START_SECONDS, TimeUnit.SECONDS);
        if (first == null || !first.startsWith("ready ")) {
            process.destroyForcibly();
            throw new IllegalStateException("the Fedify fan-out script did not start: " + first);
        }
        this.description = first.substring("ready ".length());
    }

    /** Installs test-peers/fedify if needed, then starts the script against {@code sinkPorts}. */
    static FedifyFanOut start(List<Integer> sinkPorts, int followers, int sharedInboxes, int workers)
            throws IOException, InterruptedException {
        Path dir = NodePeers.installed("fedify", Duration.ofMinutes(15));
        ProcessBuilder builder = new ProcessBuilder(NodePeers.node(dir).toString(), "fanout-bench.mjs")
                .directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(Map.of(
                "SINK_PORTS", sinkPorts.stream().map(String::valueOf).collect(Collectors.joining(",")),
                "FOLLOWERS", Integer.toString(followers),
                "SHARED_INBOXES", Integer.toString(sharedInboxes),
                "WORKERS", Integer.toString(workers)));
        return new FedifyFanOut(builder.start());
    }

    /** What the script set up: followers, inboxes, queue. */
    String description() {
        return description;
    }

    ProcessHandle process() {
        return process.toHandle();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Sends post {@code n} to the followers; returns once Fedify has queued it (its sendActivity resolved). */
    void send(int n) throws IOException, InterruptedException {
        commands.write("send " + n + "\n");
        commands.flush();
        String reply = replies.poll(START_SECONDS, TimeUnit.SECONDS);
        if (reply == null || !reply.equals("sent " + n)) {
            throw new IllegalStateException("Fedify did not send post " + n + ": " + reply);
        }
    }

    @Override
    public void close() {
        try {
            commands.write("quit\n");
            commands.flush();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("ready ") || line.startsWith("sent ") || line.startsWith("error ")) {
                    replies.add(line);
                } else {
                    System.out.println("  fedify: " + line);
                }
            }
        } catch (IOException e) {
            replies.add("error reading the script's output: " + e.getMessage());
        }
        replies.add("error the script exited with " + process.onExit().join().exitValue());
    }
}
