package dev.plaza.federation.http;

import static dev.plaza.federation.http.OutboundRequestException.Reason.TOO_LARGE;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Collects a response body as it streams in and gives up, closing the connection, past the limit. */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final URI uri;
    private final long limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private BoundedBody(URI uri, long limit) {
        this.uri = uri;
        this.limit = limit;
    }

    static HttpResponse.BodyHandler<byte[]> handler(URI uri, long limit) {
        return info -> {
            BoundedBody body = new BoundedBody(uri, limit);
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            if (declared > limit) {
                body.tooLarge("declares " + declared + " bytes");
            }
            return body;
        };
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + (long) buffer.remaining() > limit) {
                tooLarge("went past it");
                subscription.cancel();
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    private void tooLarge(String how) {
        result.completeExceptionally(new OutboundRequestException(TOO_LARGE,
                "the response from %s is larger than the %d-byte limit (it %s)".formatted(uri, limit, how)));
    }
}
