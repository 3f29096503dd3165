package dev.plaza.atproto.listening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An event stream host on loopback for tests (the repository event stream, Jetstream): just enough of a WebSocket
 * server (RFC 6455) to play a script per connection, the first script to the first connection and so on (the last
 * one again after that). Plain HTTP requests are answered 200.
 */
public final class FakeHost implements AutoCloseable {

    @FunctionalInterface
    public interface Script {
        void play(HostConnection connection) throws IOException, InterruptedException;
    }

    private static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final ServerSocket server;
    private final List<Script> scripts;
    private final List<String> upgradeTargets = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger tcpConnections = new AtomicInteger();
    private final Thread acceptor;

    private FakeHost(List<Script> scripts) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.scripts = List.copyOf(scripts);
        this.acceptor = Thread.ofPlatform().daemon(true).name("fake-host-accept").start(this::accept);
    }

    public static FakeHost playing(Script... scripts) {
        try {
            return new FakeHost(List.of(scripts));
        } catch (IOException e) {
            throw new IllegalStateException("could not open a loopback port for the fake host", e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** The cursor each WebSocket connection asked for, in order; empty for a connection without one. */
    public List<Optional<Long>> cursors() {
        List<Optional<Long>> cursors = new ArrayList<>();
        for (String target : upgradeTargets) {
            int at = target.indexOf("cursor=");
            int end = target.indexOf('&', at);
            cursors.add(at < 0 ? Optional.empty()
                    : Optional.of(Long.parseLong(target.substring(at + "cursor=".length(), end < 0 ? target.length() : end))));
        }
        return cursors;
    }

    public List<String> upgradeTargets() {
        return List.copyOf(upgradeTargets);
    }

    /** TCP connections accepted, WebSocket or not. */
    public int tcpConnections() {
        return tcpConnections.get();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                tcpConnections.incrementAndGet();
                Thread.ofPlatform().daemon(true).name("fake-host-connection").start(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            List<String> head = readHead(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            Optional<String> key = header(head, "sec-websocket-key");
            if (key.isEmpty()) {
                out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return;
            }
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept(key.get()) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            int index = upgradeTargets.size();
            upgradeTargets.add(head.getFirst().split(" ")[1]);
            HostConnection connection = new HostConnection(socket, cursors().get(index));
            connection.readClientFrames();
            scripts.get(Math.min(index, scripts.size() - 1)).play(connection);
        } catch (IOException e) {
            // the listener went away: the script ends with its connection
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> readHead(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        List<String> lines = new ArrayList<>();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.US_ASCII).stripTrailing();
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
                line.reset();
            } else {
                line.write(b);
            }
        }
        throw new IOException("the request ended before its head did");
    }

    private static Optional<String> header(List<String> head, String name) {
        return head.stream().skip(1)
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                .map(line -> line.substring(name.length() + 1).strip())
                .findFirst();
    }

    private static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + WEBSOCKET_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
