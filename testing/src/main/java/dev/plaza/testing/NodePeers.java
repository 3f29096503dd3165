package dev.plaza.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The Node peers under test-peers/ (fedify, atproto): each is found through the system property
 * plaza.test-peers (which the module poms set) or a parent of the working directory, and its
 * install.sh runs once per JVM — the script itself returns at once when node_modules is the locked
 * tree, and installs the pinned Node and packages otherwise.
 */
public final class NodePeers {

    // Once per JVM on purpose: install.sh takes seconds even when there is nothing to do.
    private static final Map<String, Path> INSTALLED = new ConcurrentHashMap<>();

    private NodePeers() {
    }

    /** test-peers/{@code peer}, with node_modules at the locked versions; fails after {@code timeout}. */
    public static Path installed(String peer, Duration timeout) {
        return INSTALLED.computeIfAbsent(peer, name -> {
            Path dir = locate(name);
            install(dir, timeout);
            return dir;
        });
    }

    /** The pinned Node that install.sh put in the peer's node_modules. */
    public static Path node(Path peerDir) {
        return peerDir.resolve("node_modules/.bin/node");
    }

    private static Path locate(String peer) {
        String configured = System.getProperty("plaza.test-peers");
        if (configured != null && Files.isRegularFile(Path.of(configured, peer, "install.sh"))) {
            return Path.of(configured, peer).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("test-peers").resolve(peer).resolve("install.sh"))) {
                return dir.resolve("test-peers").resolve(peer);
            }
        }
        throw new TestPeerException(("found no test-peers/%s/install.sh: the system property plaza.test-peers is %s"
                + " and no parent of %s has it; run from the repository, through the module's pom, which sets it")
                .formatted(peer, configured == null ? "unset" : "'" + configured + "'", Path.of("").toAbsolutePath()));
    }

    private static void install(Path dir, Duration timeout) {
        Path log = null;
        try {
            log = Files.createTempFile("plaza-peer-install", ".log");
            Process process = new ProcessBuilder("bash", dir.resolve("install.sh").toString())
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new TestPeerException("%s/install.sh ran over %s; output:%n%s"
                        .formatted(dir, timeout, Files.readString(log, StandardCharsets.UTF_8)));
            }
            if (process.exitValue() != 0) {
                throw new TestPeerException("%s/install.sh failed (exit %d); run it by hand to see why. Output:%n%s"
                        .formatted(dir, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new TestPeerException("could not run %s/install.sh: %s".formatted(dir, e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TestPeerException("interrupted while installing " + dir, e);
        } finally {
            deleteQuietly(log);
        }
        if (!Files.isExecutable(node(dir))) {
            throw new TestPeerException("install.sh succeeded but %s is missing".formatted(node(dir)));
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
