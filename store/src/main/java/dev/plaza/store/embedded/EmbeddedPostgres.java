package dev.plaza.store.embedded;

import static java.util.Objects.requireNonNull;

import dev.plaza.store.StoreException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that Plaza starts and stops itself, with its data in a folder of its own so it
 * survives restarts. It listens on 127.0.0.1 only, on a free port chosen at each start.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
    public static final String SUPERUSER = "postgres";

    private final Path binaries;
    private final Path dataDir;
    private final Path logFile;
    private final int port;
    private final RootGuard root;
    private boolean running;

    private EmbeddedPostgres(Path binaries, Path dataDir, int port, RootGuard root) {
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.logFile = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        this.port = port;
        this.root = root;
    }

    /** Unpacks the server if needed, creates the cluster on first use, and starts it. */
    public static EmbeddedPostgres start(EmbeddedSettings settings) {
        requireNonNull(settings, "settings");
        Path binaries = PostgresBinaries.unpackInto(settings.binariesCache());
        Optional<Integer> shared = runningForAnotherPlaza(settings.dataDir());
        if (shared.isPresent()) {
            LOG.info("using the embedded PostgreSQL that another Plaza process runs on port {}", shared.get());
            return new EmbeddedPostgres(binaries, settings.dataDir(), shared.get(), RootGuard.detect());
        }
        EmbeddedPostgres server = new EmbeddedPostgres(binaries, settings.dataDir(), freePort(), RootGuard.detect());
        server.initIfNew(settings.durable());
        server.stopOrphan();
        server.startServer(settings);
        return server;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:%d/%s?user=%s".formatted(port, database, SUPERUSER);
    }

    public void createDatabase(String name) {
        execute("CREATE DATABASE " + quoteIdentifier(name));
    }

    public void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + quoteIdentifier(name) + " WITH (FORCE)");
    }

    public boolean databaseExists(String name) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"));
             var ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            return ps.executeQuery().next();
        } catch (SQLException e) {
            throw new StoreException("could not ask the embedded PostgreSQL for its databases: " + e.getMessage(), e);
        }
    }

    /** Stops the server cleanly (a fast shutdown: connections are closed, the data is checkpointed). */
    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        run(List.of(bin("pg_ctl"), "stop", "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60"));
        running = false;
        ownerFile().toFile().delete();
        LOG.info("embedded PostgreSQL stopped");
    }

    private void initIfNew(boolean durable) {
        if (Files.exists(dataDir.resolve("PG_VERSION"))) {
            return;
        }
        try {
            Files.createDirectories(dataDir.getParent());
        } catch (IOException e) {
            throw new StoreException("could not create " + dataDir.getParent() + ": " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>(List.of(bin("initdb"), "-D", dataDir.toString(), "-U", SUPERUSER,
                "-A", "trust", "-E", "UTF8", "--locale=C"));
        if (!durable) {
            command.add("--no-sync");
        }
        LOG.info("creating the embedded PostgreSQL cluster in {}", dataDir);
        run(command);
    }

    /**
     * When another live Plaza process (a running server) owns the cluster, commands such as
     * {@code plaza user add} share its server instead of starting a second one: returns its port.
     */
    private static Optional<Integer> runningForAnotherPlaza(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        Optional<Long> postmaster = readPid(pidFile);
        Optional<Long> owner = readPid(ownerFileOf(dataDir));
        if (postmaster.isEmpty() || owner.isEmpty() || owner.get() == ProcessHandle.current().pid()
                || !ProcessHandle.of(postmaster.get()).map(ProcessHandle::isAlive).orElse(false)
                || !ProcessHandle.of(owner.get()).map(ProcessHandle::isAlive).orElse(false)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.size() > 3 ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A server left running by a Plaza process that was killed is stopped before we start ours. */
    private void stopOrphan() {
        Optional<Long> postmaster = readPid(dataDir.resolve("postmaster.pid"));
        if (postmaster.isEmpty() || ProcessHandle.of(postmaster.get()).isEmpty()) {
            return;
        }
        LOG.warn("stopping a PostgreSQL server (pid {}) left behind by an earlier Plaza process", postmaster.get());
        run(List.of(bin("pg_ctl"), "stop", "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60"));
    }

    private void startServer(EmbeddedSettings settings) {
        StringBuilder options = new StringBuilder("-p " + port + " -c listen_addresses=127.0.0.1"
                + " -c unix_socket_directories=''");
        settings.serverConfig().forEach((key, value) -> options.append(" -c ").append(key).append('=').append(value));
        if (!settings.durable()) {
            options.append(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        }
        run(List.of(bin("pg_ctl"), "start", "-D", dataDir.toString(), "-l", logFile.toString(), "-w", "-t", "60",
                "-o", options.toString()));
        running = true;
        try {
            Files.writeString(ownerFile(), Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new StoreException("could not write " + ownerFile() + ": " + e.getMessage(), e);
        }
        LOG.info("embedded PostgreSQL {} listening on 127.0.0.1:{} with data in {}", PostgresBinaries.VERSION, port, dataDir);
    }

    private Path ownerFile() {
        return ownerFileOf(dataDir);
    }

    private static Path ownerFileOf(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".owner");
    }

    private void run(List<String> command) {
        List<String> full = root.wrap(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0) {
                throw new StoreException("embedded PostgreSQL: `%s` failed with exit code %d:%n%s%s"
                        .formatted(String.join(" ", command), exit, output.strip(), logTail()));
            }
        } catch (IOException e) {
            throw new StoreException("could not run " + full.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while running " + command.get(0), e);
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return "\nlast lines of " + logFile + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres")); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new StoreException("embedded PostgreSQL: `%s` failed: %s".formatted(sql, e.getMessage()), e);
        }
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private static Optional<Long> readPid(Path file) {
        try {
            String first = Files.readAllLines(file).stream().findFirst().orElse("").strip();
            return first.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String quoteIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name '%s' must be lower-case letters, digits and '_'".formatted(name));
        }
        return '"' + name + '"';
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StoreException("no free local port for the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }
}
