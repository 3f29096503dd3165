package dev.plaza.core.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A position in results ordered by (rank, id), both descending; opaque to clients. */
public record SearchCursor(float rank, long id) {

    public String encode() {
        String plain = "r" + Float.floatToIntBits(rank) + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    public static SearchCursor decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            int colon = plain.indexOf(':');
            if (!plain.startsWith("r") || colon < 0) {
                throw new IllegalArgumentException("not a search cursor");
            }
            return new SearchCursor(Float.intBitsToFloat(Integer.parseInt(plain.substring(1, colon))),
                    Long.parseLong(plain.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor '%s' is not one that Plaza's search handed out".formatted(cursor), e);
        }
    }
}
