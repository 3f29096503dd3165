package dev.plaza.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP forwarder in front of a PDS, which a test can stop: to Plaza, the PDS goes away.
 */
final class PdsForwarder implements AutoCloseable {

    private final ServerSocket listening;
    private final URI target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private PdsForwarder(ServerSocket listening, URI target) {
        this.listening = listening;
        this.target = target;
    }

    static PdsForwarder to(URI pds) {
        try {
            PdsForwarder forwarder = new PdsForwarder(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), pds);
            Thread.ofVirtual().start(forwarder::accept);
            return forwarder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + listening.getLocalPort());
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket server = new Socket(target.getHost(), target.getPort());
                open.add(client);
                open.add(server);
                Thread.ofVirtual().start(() -> pipe(client, server));
                Thread.ofVirtual().start(() -> pipe(server, client));
            } catch (IOException e) {
                // closed: the PDS is "stopped"
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    @Override
    public void close() {
        closeQuietly(listening);
        open.forEach(PdsForwarder::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
