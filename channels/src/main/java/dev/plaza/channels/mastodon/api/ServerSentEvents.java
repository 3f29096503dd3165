package dev.plaza.channels.mastodon.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a {@code text/event-stream} (HTML Living Standard, "Server-sent events", parsing an event stream):
 * lines end in CRLF, LF or CR; a blank line dispatches the event; {@code data} lines are joined with '\n';
 * {@code event} sets the type; a line starting with ':' is a comment, which Mastodon sends as a heartbeat;
 * one space after the colon is dropped; unknown fields are ignored. A line or an event longer than the
 * limits ends the stream with an {@link IOException}: a stream that sends them is not one Plaza follows.
 */
final class ServerSentEvents {

    /** What the reader hands on: each dispatched event, and each comment (heartbeat) it passed. */
    interface Listener {
        /** Returns whether to go on reading. */
        boolean event(SseEvent event);

        default void heartbeat() {
        }
    }

    static final int MAX_LINE = 256 * 1024;
    static final int MAX_EVENT = 1024 * 1024;

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private final StringBuilder data = new StringBuilder();
    private String type = "";
    private boolean afterCr;

    ServerSentEvents(InputStream in) {
        this.in = in;
    }

    /** Reads until the stream ends (normally: returns) or the listener asks to stop. */
    void read(Listener listener) throws IOException {
        int b;
        while ((b = in.read()) >= 0) {
            if (afterCr && b == '\n') {
                afterCr = false;
                continue;
            }
            afterCr = b == '\r';
            if (b == '\n' || b == '\r') {
                if (!line(listener)) {
                    return;
                }
                continue;
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("an event-stream line is longer than %d bytes".formatted(MAX_LINE));
            }
            line.write(b);
        }
    }

    private boolean line(Listener listener) throws IOException {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (text.isEmpty()) {
            return dispatch(listener);
        }
        if (text.startsWith(":")) {
            listener.heartbeat();
            return true;
        }
        int colon = text.indexOf(':');
        String field = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : text.substring(colon + 1);
        value = value.startsWith(" ") ? value.substring(1) : value;
        switch (field) {
            case "event" -> type = value;
            case "data" -> {
                if (data.length() + value.length() + 1 > MAX_EVENT) {
                    throw new IOException("an event's data is longer than %d bytes".formatted(MAX_EVENT));
                }
                data.append(value).append('\n');
            }
            default -> { }
        }
        return true;
    }

    private boolean dispatch(Listener listener) {
        if (data.isEmpty()) {
            type = "";
            return true;
        }
        String joined = data.substring(0, data.length() - 1);
        SseEvent event = new SseEvent(type.isEmpty() ? "message" : type, joined);
        data.setLength(0);
        type = "";
        return listener.event(event);
    }
}
