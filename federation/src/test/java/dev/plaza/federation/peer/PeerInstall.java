package dev.plaza.federation.peer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Finds test-peers/fedify and runs its install.sh once per JVM (the script itself skips a current tree). */
final class PeerInstall {

    private static final long INSTALL_TIMEOUT_MINUTES = 15;
    private static Path installed;

    private PeerInstall() {
    }

    /** The fedify folder, with node_modules at the locked versions. */
    static synchronized Path fedifyDir() {
        if (installed == null) {
            Path dir = locate();
            install(dir);
            installed = dir;
        }
        return installed;
    }

    static Path node(Path fedifyDir) {
        return fedifyDir.resolve("node_modules/.bin/node");
    }

    private static Path locate() {
        String configured = System.getProperty("plaza.test-peers");
        if (configured != null && Files.isRegularFile(Path.of(configured, "fedify", "peer.mjs"))) {
            return Path.of(configured, "fedify").toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("test-peers/fedify/peer.mjs"))) {
                return dir.resolve("test-peers/fedify");
            }
        }
        throw new FedifyPeerException(("found no test-peers/fedify/peer.mjs: the system property plaza.test-peers is %s"
                + " and no parent of %s has it; run the tests through the federation pom, which sets it")
                .formatted(configured == null ? "unset" : "'" + configured + "'", Path.of("").toAbsolutePath()));
    }

    private static void install(Path dir) {
        Path log = null;
        try {
            log = Files.createTempFile("fedify-peer-install", ".log");
            Process process = new ProcessBuilder("bash", dir.resolve("install.sh").toString())
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new FedifyPeerException("%s/install.sh ran over %d minutes; output:%n%s"
                        .formatted(dir, INSTALL_TIMEOUT_MINUTES, Files.readString(log, StandardCharsets.UTF_8)));
            }
            if (process.exitValue() != 0) {
                throw new FedifyPeerException("%s/install.sh failed (exit %d); run it by hand to see why. Output:%n%s"
                        .formatted(dir, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new FedifyPeerException("could not run %s/install.sh: %s".formatted(dir, e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FedifyPeerException("interrupted while installing the Fedify peer", e);
        } finally {
            deleteQuietly(log);
        }
        if (!Files.isExecutable(node(dir))) {
            throw new FedifyPeerException("install.sh succeeded but %s is missing".formatted(node(dir)));
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
