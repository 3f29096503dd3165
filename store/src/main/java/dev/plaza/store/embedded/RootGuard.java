package dev.plaza.store.embedded;

import dev.plaza.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL refuses to run as root. When Plaza itself runs as root (containers, CI), the server's
 * commands run in a new user namespace via {@code unshare --user}: there they are an unprivileged
 * user, while files they create still belong to root outside, so the data folder stays usable.
 */
record RootGuard(boolean root) {

    static RootGuard detect() {
        return new RootGuard(currentUid() == 0);
    }

    List<String> wrap(List<String> command) {
        if (!root) {
            return command;
        }
        if (!Files.isExecutable(Path.of("/usr/bin/unshare"))) {
            throw new StoreException("Plaza runs as root, and PostgreSQL refuses to; /usr/bin/unshare (util-linux) is"
                    + " needed to run it unprivileged. Run Plaza as another user or set PLAZA_DATABASE_URL.");
        }
        List<String> wrapped = new ArrayList<>(List.of("/usr/bin/unshare", "--user"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static long currentUid() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("Uid:"))
                    .map(line -> line.split("\\s+")[2]) // real, effective, saved, fs: the effective uid decides
                    .mapToLong(Long::parseLong)
                    .findFirst()
                    .orElse(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
