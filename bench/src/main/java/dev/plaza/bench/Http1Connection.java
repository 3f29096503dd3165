package dev.plaza.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One HTTP/1.1 keep-alive connection that sends requests rendered in advance and reads each answer
 * (Content-Length or chunked), reconnecting when the server closes it. The load generator's client:
 * it shares the benchmark's two cores with the server it measures, so it does as little as a
 * sender can (the JDK's HttpClient took a third of the JVM's CPU in the inbox benchmark).
 */
final class Http1Connection implements AutoCloseable {

    /** An answer: status and body as text. */
    record Answer(int status, String body) {
    }

    private final InetSocketAddress address;
    private Socket socket;
    private Http1Reader reader;
    private OutputStream out;

    Http1Connection(URI server) {
        this.address = new InetSocketAddress(server.getHost(), server.getPort());
    }

    /** Renders a POST with {@code headers} (name, value pairs; Host among them) and {@code body}. */
    static byte[] post(URI target, Iterable<String[]> headers, byte[] body) {
        StringBuilder head = new StringBuilder("POST ").append(target.getRawPath()).append(" HTTP/1.1\r\n");
        for (String[] header : headers) {
            head.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] request = new byte[start.length + body.length];
        System.arraycopy(start, 0, request, 0, start.length);
        System.arraycopy(body, 0, request, start.length, body.length);
        return request;
    }

    /** Sends one rendered request and reads its answer; one retry on a fresh connection if the old one was closed. */
    Answer exchange(byte[] request) throws IOException {
        boolean reused = socket != null;
        try {
            return attempt(request);
        } catch (EOFException | java.net.SocketException closed) {
            close();
            if (!reused) {
                throw closed;
            }
            return attempt(request);
        }
    }

    private Answer attempt(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(address, 10_000);
            socket.setSoTimeout(60_000);
            reader = new Http1Reader(new BufferedInputStream(socket.getInputStream(), 8192));
            out = socket.getOutputStream();
        }
        out.write(request);
        out.flush();
        String status = reader.line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("not an HTTP/1.1 status line: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        Map<String, String> headers = reader.headers();
        String body = new String(reader.body(headers), StandardCharsets.UTF_8);
        if (headers.getOrDefault("connection", "").equalsIgnoreCase("close")) {
            close();
        }
        return new Answer(code, body);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing: nothing left to lose
            }
            socket = null;
        }
    }
}
