package dev.plaza.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The lines of a {@link MixedStreamGenerator} recording as bytes — a tag byte, a space, the payload —
 * handed over as each source's connection would hand them to its listener: as bytes, never decoded
 * into text and encoded back on the way.
 */
final class RecordingLines {

    /** Takes each line's tag and payload, in order. */
    @FunctionalInterface
    interface Each {
        void line(byte tag, byte[] payload) throws InterruptedException;
    }

    private RecordingLines() {
    }

    static void read(Path recording, Each each) throws IOException, InterruptedException {
        byte[] chunk = new byte[1 << 16];
        byte[] line = new byte[1 << 12];
        int length = 0;
        try (InputStream in = Files.newInputStream(recording)) {
            for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
                for (int i = 0; i < read; i++) {
                    if (chunk[i] == '\n') {
                        deliver(line, length, each);
                        length = 0;
                        continue;
                    }
                    if (length == line.length) {
                        line = Arrays.copyOf(line, line.length * 2);
                    }
                    line[length++] = chunk[i];
                }
            }
        }
        deliver(line, length, each);
    }

    private static void deliver(byte[] line, int length, Each each) throws InterruptedException {
        if (length == 0) {
            return;
        }
        if (length < 2 || line[1] != ' ') {
            throw new IllegalStateException("a recorded line is not a tag, a space and a payload: "
                    + new String(line, 0, Math.min(length, 40), java.nio.charset.StandardCharsets.UTF_8));
        }
        each.line(line[0], Arrays.copyOfRange(line, 2, length));
    }
}
