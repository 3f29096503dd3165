package dev.plaza.atproto.moving;

import dev.plaza.atproto.AtprotoException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: into a temporary file beside it, moved over the target once
 * the contents are written. On any failure the temporary file is deleted and the target left as it was.
 */
final class AtomicFile {

    @FunctionalInterface
    interface Contents {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Contents contents) {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(absolute.getParent());
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                contents.writeTo(out);
            }
            move(temp, absolute);
            temp = null;
        } catch (IOException e) {
            throw new AtprotoException("could not write %s: %s".formatted(target, e.getMessage()), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the failure that brought us here is the one to report
        }
    }
}
