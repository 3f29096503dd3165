package dev.plaza.channels.mastodon.api;

import java.io.IOException;

/** The streaming server answered something other than 200 to the stream's GET; {@link #status()} says what. */
public final class StreamRefusedException extends IOException {

    private final int status;

    public StreamRefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
