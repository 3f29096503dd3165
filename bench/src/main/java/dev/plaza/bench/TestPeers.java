package dev.plaza.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The peers a benchmark runs beside Plaza: found under test-peers/, installed by their own install.sh. */
final class TestPeers {

    private TestPeers() {
    }

    /**
     * test-peers/{@code peer} under the system property plaza.test-peers, else in the working
     * directory or a parent that holds {@code script} there.
     */
    static Path dir(String peer, String script) {
        String configured = System.getProperty("plaza.test-peers");
        if (configured != null) {
            return Path.of(configured, peer).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("test-peers").resolve(peer).resolve(script))) {
                return dir.resolve("test-peers").resolve(peer);
            }
        }
        throw new IllegalStateException("found no test-peers/%s/%s from %s; run from the repository, or set -Dplaza.test-peers"
                .formatted(peer, script, Path.of("").toAbsolutePath()));
    }

    /** install.sh is idempotent: it returns at once when node_modules is the locked tree. */
    static void install(Path dir) throws IOException, InterruptedException {
        Process install = new ProcessBuilder("bash", dir.resolve("install.sh").toString())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (install.waitFor() != 0) {
            throw new UncheckedIOException(new IOException("%s/install.sh failed (exit %d):%n%s"
                    .formatted(dir, install.exitValue(), output)));
        }
    }
}
