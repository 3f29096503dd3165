package dev.plaza.atproto.peer;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The reference Bluesky PDS and an in-memory PLC directory (test-peers/atproto/peer.mjs under Node 22),
 * on free loopback ports, for Plaza's AT Protocol tests. The PDSs register their accounts' DIDs with
 * the PLC directory, allow plain http, need no invite codes, and accept handles ending in ".test".
 * Start one per test class, close it afterwards:
 * <pre>{@code
 * try (AtprotoPeer peer = AtprotoPeer.start()) {
 *     URI createAccount = peer.pdsUrl().resolve("/xrpc/com.atproto.server.createAccount");
 * }
 * }</pre>
 * Several PDSs ({@link #start(int)}) share the PLC directory, so that an account can move between them.
 * Set the system property {@code plaza.peer.debug} to see the PDS's log.
 */
public final class AtprotoPeer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final int START_ATTEMPTS = 3;

    /** One PDS of the peer. */
    public record Pds(URI url, String serviceDid, String adminPassword) {
    }

    private final Process process;
    private final PeerOutput output;
    private final Path dataDirectory;
    private final URI plcUrl;
    private final List<Pds> pdss;
    private final Thread shutdownHook;

    private AtprotoPeer(Process process, PeerOutput output, Path dataDirectory, JsonNode ready) {
        this.process = process;
        this.output = output;
        this.dataDirectory = dataDirectory;
        this.plcUrl = URI.create(ready.path("plcUrl").asText());
        List<Pds> started = new ArrayList<>();
        ready.path("pds").forEach(pds -> started.add(new Pds(URI.create(pds.path("url").asText()),
                pds.path("did").asText(), pds.path("adminPassword").asText())));
        this.pdss = List.copyOf(started);
        this.shutdownHook = new Thread(this::stopProcess, "atproto-peer-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** A PLC directory and one PDS. */
    public static AtprotoPeer start() {
        return start(1);
    }

    /** Installs the peer if this JVM has not yet, starts a PLC directory and {@code pdsCount} PDSs, and waits until all listen. */
    public static AtprotoPeer start(int pdsCount) {
        if (pdsCount < 1) {
            throw new IllegalArgumentException("the peer needs at least one PDS, not " + pdsCount);
        }
        Path dir = PeerInstall.atprotoDir();
        boolean debug = Boolean.getBoolean("plaza.peer.debug") || "1".equals(System.getenv("PEER_DEBUG"));
        AtprotoPeerException last = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return launch(dir, pdsCount, debug);
            } catch (PortTaken e) {
                last = e.failure;
            }
        }
        throw last;
    }

    private static AtprotoPeer launch(Path dir, int pdsCount, boolean debug) {
        Path data = temporaryDirectory();
        List<String> command = new ArrayList<>(List.of(PeerInstall.node(dir).toString(), "peer.mjs",
                "--pds-count", Integer.toString(pdsCount), "--data", data.toString()));
        if (debug) {
            command.add("--debug");
        }
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            deleteTree(data);
            throw new AtprotoPeerException("could not start %s in %s: %s".formatted(String.join(" ", command), dir, e), e);
        }
        PeerOutput output = PeerOutput.follow(process.getInputStream(), "atproto-peer-" + process.pid(), debug);
        try {
            return new AtprotoPeer(process, output, data, awaitReady(process, output));
        } catch (RuntimeException e) {
            stop(process);
            deleteTree(data);
            throw e;
        }
    }

    private static JsonNode awaitReady(Process process, PeerOutput output) {
        try {
            return output.ready().get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AtprotoPeerException("the AT Protocol peer was not ready within %d s; its output:%n%s"
                    .formatted(START_TIMEOUT.toSeconds(), output.text()));
        } catch (ExecutionException e) {
            String exit = waitForExit(process).map(code -> "exited with " + code).orElse("closed its output");
            String text = output.text();
            AtprotoPeerException failure = new AtprotoPeerException("the AT Protocol peer %s before it was ready; its output:%n%s"
                    .formatted(exit, text));
            throw text.contains("EADDRINUSE") ? new PortTaken(failure) : failure;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AtprotoPeerException("interrupted while waiting for the AT Protocol peer", e);
        }
    }

    /** The PLC directory, e.g. http://localhost:41234; GET {@code plcUrl/<did>} answers a DID document. */
    public URI plcUrl() {
        return plcUrl;
    }

    /** The first PDS's URL, e.g. http://localhost:41235 (also the service endpoint in its accounts' DID documents). */
    public URI pdsUrl() {
        return pdsUrl(0);
    }

    public URI pdsUrl(int index) {
        return pds(index).url();
    }

    /** The PDS at {@code index}, 0 for the first. */
    public Pds pds(int index) {
        if (index < 0 || index >= pdss.size()) {
            throw new IndexOutOfBoundsException("the peer runs %d PDS(s); there is no PDS %d".formatted(pdss.size(), index));
        }
        return pdss.get(index);
    }

    public int pdsCount() {
        return pdss.size();
    }

    /** Every email the PDSs sent so far, in order. */
    public List<PeerMail> mails() {
        return output.mails();
    }

    /** Waits until a PDS sent an email that {@code matches}; fails with the mails that did arrive. */
    public PeerMail awaitMail(Predicate<PeerMail> matches, String description, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<PeerMail> seen;
        do {
            seen = mails();
            Optional<PeerMail> hit = seen.stream().filter(matches).findFirst();
            if (hit.isPresent()) {
                return hit.get();
            }
            sleep(Duration.ofMillis(50));
        } while (Instant.now().isBefore(deadline));
        throw new AtprotoPeerException("no %s mail within %d s; mails sent: %s; peer output:%n%s"
                .formatted(description, timeout.toSeconds(), seen, output.text()));
    }

    /** The last lines the peer wrote that were neither its ready line nor mails (its log with plaza.peer.debug). */
    public String output() {
        return output.text();
    }

    /** Stops the PDSs and the PLC directory (and anything node started) and deletes their data. */
    @Override
    public void close() {
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: nothing to remove
        }
    }

    private void stopProcess() {
        stop(process);
        deleteTree(dataDirectory);
    }

    // Closing stdin asks peer.mjs to stop the servers itself; SIGTERM, then SIGKILL, if it does not.
    private static void stop(Process process) {
        List<ProcessHandle> tree = Stream.concat(process.toHandle().descendants(), Stream.of(process.toHandle())).toList();
        try {
            process.getOutputStream().close();
        } catch (IOException alreadyClosed) {
            // the process is gone or closing
        }
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                tree.forEach(ProcessHandle::destroy);
                if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    tree.forEach(ProcessHandle::destroyForcibly);
                    process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static Optional<Integer> waitForExit(Process process) {
        try {
            return process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS) ? Optional.of(process.exitValue()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("plaza-atproto-peer-");
        } catch (IOException e) {
            throw new AtprotoPeerException("could not create a data directory for the AT Protocol peer: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("[atproto-peer] could not delete " + root + ": " + e.getMessage());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AtprotoPeerException("interrupted while waiting for the AT Protocol peer", e);
        }
    }

    /** A port was taken between peer.mjs choosing it and a server binding it: try again. */
    private static final class PortTaken extends RuntimeException {
        private final transient AtprotoPeerException failure;

        PortTaken(AtprotoPeerException failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }
}
