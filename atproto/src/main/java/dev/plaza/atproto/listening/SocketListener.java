package dev.plaza.atproto.listening;

import java.io.ByteArrayOutputStream;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's socket side: puts a message back together from the parts the JDK delivers, never holding more
 * than {@code maxFrameBytes} of one, and hands whole messages to the {@link Inbox}. Text messages are taken only
 * where the stream sends them ({@code readsText}); elsewhere they are skipped. Runs on the HTTP client's threads, one
 * callback at a time.
 */
final class SocketListener implements WebSocket.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(SocketListener.class);

    private final Inbox inbox;
    private final int maxFrameBytes;
    private final boolean readsText;
    private final Metrics metrics;
    private final String host;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final StringBuilder partialText = new StringBuilder();
    private long discardedBytes;

    SocketListener(Inbox inbox, int maxFrameBytes, boolean readsText, Metrics metrics, String host) {
        this.inbox = inbox;
        this.maxFrameBytes = maxFrameBytes;
        this.readsText = readsText;
        this.metrics = metrics;
        this.host = host;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        inbox.opened(webSocket);
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        collect(data);
        if (!last) {
            inbox.askForMore();
        } else if (!discarded()) {
            byte[] frame = partial.toByteArray();
            partial.reset();
            inbox.frame(new Arrival.Frame(frame, false));
        }
        return null;
    }

    private void collect(ByteBuffer data) {
        if (discardedBytes == 0 && partial.size() + (long) data.remaining() <= maxFrameBytes) {
            byte[] chunk = new byte[data.remaining()];
            data.get(chunk);
            partial.writeBytes(chunk);
            return;
        }
        discardedBytes += partial.size() + data.remaining();
        data.position(data.limit());
        partial.reset();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (!readsText) {
            // the repository event stream is binary only (event stream spec); a text frame is no message of it
            if (last) {
                metrics.unknown.incrementAndGet();
                LOG.warn("{} sent a text frame on the repository event stream, which is binary only; skipped", host);
            }
            inbox.askForMore();
            return null;
        }
        collectText(data);
        if (!last) {
            inbox.askForMore();
            return null;
        }
        byte[] message = partialText.toString().getBytes(StandardCharsets.UTF_8);
        partialText.setLength(0);
        if (discardedBytes == 0 && message.length > maxFrameBytes) {
            discardedBytes = message.length;
        }
        if (!discarded()) {
            inbox.frame(new Arrival.Frame(message, true));
        }
        return null;
    }

    /** Characters are never fewer than their UTF-8 bytes, so a text past the limit in characters is past it in bytes. */
    private void collectText(CharSequence data) {
        if (discardedBytes == 0 && partialText.length() + (long) data.length() <= maxFrameBytes) {
            partialText.append(data);
            return;
        }
        discardedBytes += partialText.length() + data.length();
        partialText.setLength(0);
    }

    /** After a message's last part: whether it went over the limit, in which case it is counted and forgotten. */
    private boolean discarded() {
        if (discardedBytes == 0) {
            return false;
        }
        metrics.oversized.incrementAndGet();
        LOG.warn("{} sent a frame of {} bytes, over the limit of {}; it was discarded unread", host, discardedBytes,
                maxFrameBytes);
        discardedBytes = 0;
        inbox.askForMore();
        return true;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        inbox.askForMore();
        return null;
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        inbox.askForMore();
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        inbox.end("%s closed the stream (%d%s)".formatted(host, statusCode, reason.isEmpty() ? "" : " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        inbox.end("the connection to %s failed: %s".formatted(host, error));
    }
}
