package dev.plaza.net;

import static dev.plaza.net.OutboundRequestException.Reason.TIMEOUT;
import static dev.plaza.net.OutboundRequestException.Reason.TOO_LARGE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * Reads a response body up to a size limit and a deadline. Each read blocks for at most the socket
 * timeout, so a body trickling in past the deadline is cut off at the first read that ends after it.
 */
final class BoundedBody {

    private static final byte[] NONE = new byte[0];

    private BoundedBody() {
    }

    static byte[] read(URI uri, InputStream in, long declaredLength, long limit, long deadlineNanos) throws IOException {
        if (declaredLength > limit) {
            throw tooLarge(uri, limit, "declares " + declaredLength + " bytes");
        }
        if (in == null) {
            return NONE;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : 1024);
        byte[] buffer = new byte[16 * 1024];
        for (int n; (n = in.read(buffer)) != -1; ) {
            if (bytes.size() + (long) n > limit) {
                throw tooLarge(uri, limit, "went past it");
            }
            bytes.write(buffer, 0, n);
            if (System.nanoTime() - deadlineNanos > 0) {
                throw new OutboundRequestException(TIMEOUT, "%s was still sending its response at the deadline".formatted(uri));
            }
        }
        return bytes.toByteArray();
    }

    private static OutboundRequestException tooLarge(URI uri, long limit, String how) {
        return new OutboundRequestException(TOO_LARGE,
                "the response from %s is larger than the %d-byte limit (it %s)".formatted(uri, limit, how));
    }
}
