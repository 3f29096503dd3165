package dev.plaza.atproto.peer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Finds test-peers/atproto and runs its install.sh once per JVM (the script itself skips a current tree). */
final class PeerInstall {

    // the first install downloads ~400 MB and compiles better-sqlite3: about 4 minutes on two cores
    private static final long INSTALL_TIMEOUT_MINUTES = 20;
    private static Path installed;

    private PeerInstall() {
    }

    /** The atproto peer folder, with node_modules at the locked versions. */
    static synchronized Path atprotoDir() {
        if (installed == null) {
            Path dir = locate();
            install(dir);
            installed = dir;
        }
        return installed;
    }

    static Path node(Path atprotoDir) {
        return atprotoDir.resolve("node_modules/.bin/node");
    }

    private static Path locate() {
        String configured = System.getProperty("plaza.test-peers");
        if (configured != null && Files.isRegularFile(Path.of(configured, "atproto", "peer.mjs"))) {
            return Path.of(configured, "atproto").toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("test-peers/atproto/peer.mjs"))) {
                return dir.resolve("test-peers/atproto");
            }
        }
        throw new AtprotoPeerException(("found no test-peers/atproto/peer.mjs: the system property plaza.test-peers is %s"
                + " and no parent of %s has it; run the tests through the atproto pom, which sets it")
                .formatted(configured == null ? "unset" : "'" + configured + "'", Path.of("").toAbsolutePath()));
    }

    private static void install(Path dir) {
        Path log = null;
        try {
            log = Files.createTempFile("atproto-peer-install", ".log");
            Process process = new ProcessBuilder("bash", dir.resolve("install.sh").toString())
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AtprotoPeerException("%s/install.sh ran over %d minutes; output:%n%s"
                        .formatted(dir, INSTALL_TIMEOUT_MINUTES, Files.readString(log, StandardCharsets.UTF_8)));
            }
            if (process.exitValue() != 0) {
                throw new AtprotoPeerException("%s/install.sh failed (exit %d); run it by hand to see why. Output:%n%s"
                        .formatted(dir, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new AtprotoPeerException("could not run %s/install.sh: %s".formatted(dir, e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AtprotoPeerException("interrupted while installing the AT Protocol peer", e);
        } finally {
            deleteQuietly(log);
        }
        if (!Files.isExecutable(node(dir))) {
            throw new AtprotoPeerException("install.sh succeeded but %s is missing".formatted(node(dir)));
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temp log is harmless
        }
    }
}
