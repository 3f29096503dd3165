package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

/** One Server-Sent Event: its type ({@code message} when the stream named none) and its data, lines joined by '\n'. */
public record SseEvent(String type, String data) {

    public SseEvent {
        requireNonNull(type, "type");
        requireNonNull(data, "data");
    }
}
