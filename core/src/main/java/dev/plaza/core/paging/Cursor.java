package dev.plaza.core.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keyset cursors: a position in a list ordered by (time, id), encoded so that clients treat it as
 * opaque. A cursor that does not decode is the client's mistake and says so.
 */
public record Cursor(long epochMicros, long id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((epochMicros + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    public static Cursor decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            int colon = plain.indexOf(':');
            return new Cursor(Long.parseLong(plain.substring(0, colon)), Long.parseLong(plain.substring(colon + 1)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("cursor '%s' is not one that Plaza handed out".formatted(cursor), e);
        }
    }
}
