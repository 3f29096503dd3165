package dev.plaza.bench;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Reads HTTP/1.1 messages off a buffered stream: start line, header fields, and a Content-Length or chunked body. */
final class Http1Reader {

    private final InputStream in;

    Http1Reader(InputStream in) {
        this.in = in;
    }

    /** One line without its CRLF; fails with {@link EOFException} when the peer closed the connection. */
    String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) {
                throw new EOFException("the peer closed the connection");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    /** The header fields up to the empty line, by lower-case name (a repeated field keeps its last value). */
    Map<String, String> headers() throws IOException {
        Map<String, String> headers = new HashMap<>();
        for (String header; !(header = line()).isEmpty(); ) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    /** The body the headers announce: chunked, Content-Length, or none. */
    byte[] body(Map<String, String> headers) throws IOException {
        String encoding = headers.getOrDefault("transfer-encoding", "");
        if (encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            return chunked();
        }
        String length = headers.get("content-length");
        return length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size; (size = Integer.parseInt(line().split(";", 2)[0].strip(), 16)) > 0; ) {
            body.write(in.readNBytes(size));
            line();
        }
        while (!line().isEmpty()) {
            // trailers
        }
        return body.toByteArray();
    }
}
