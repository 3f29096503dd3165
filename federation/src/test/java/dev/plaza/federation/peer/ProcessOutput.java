package dev.plaza.federation.peer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** Keeps the last lines a child process wrote, for failure messages; echoes them when debugging. */
final class ProcessOutput {

    private static final int KEPT_LINES = 400;
    private final Deque<String> lines = new ArrayDeque<>();

    static ProcessOutput follow(InputStream stream, String name, boolean echo) {
        ProcessOutput output = new ProcessOutput();
        Thread reader = new Thread(() -> output.drain(stream, echo), name + "-output");
        reader.setDaemon(true);
        reader.start();
        return output;
    }

    private void drain(InputStream stream, boolean echo) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (echo) {
                    System.err.println("[fedify-peer] " + line);
                }
                add(line);
            }
        } catch (IOException ignored) {
            // the process ended; what it wrote so far is kept
        }
    }

    private synchronized void add(String line) {
        if (lines.size() == KEPT_LINES) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }

    synchronized String text() {
        return lines.isEmpty() ? "(no output)" : String.join(System.lineSeparator(), lines);
    }
}
