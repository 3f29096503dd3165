package dev.plaza.core.actors;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats an actor's avatar and header may have: what every fediverse server and browser
 * shows. Known by their first bytes, never by a name or declared type, so that nothing else (an
 * SVG with script, an HTML page) is ever served as an image.
 */
public enum ImageFormat {
    PNG("image/png"),
    JPEG("image/jpeg"),
    GIF("image/gif"),
    WEBP("image/webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String mediaType;

    ImageFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format these bytes start with, or empty when they are none of the four. */
    public static Optional<ImageFormat> of(byte[] content) {
        if (startsWith(content, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (content.length >= 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8 && (content[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, ascii("GIF87a")) || startsWith(content, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (startsWith(content, 0, ascii("RIFF")) && startsWith(content, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** One of the four media types, as stored. */
    public static ImageFormat ofMediaType(String mediaType) {
        for (ImageFormat format : values()) {
            if (format.mediaType.equals(mediaType)) {
                return format;
            }
        }
        throw new IllegalArgumentException("'%s' is not an image format Plaza serves".formatted(mediaType));
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        return content.length >= offset + prefix.length
                && Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
