package dev.plaza.core.actors;

import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * An avatar or header with its bytes: made only from content that starts as a PNG, JPEG, GIF or
 * WebP image does and fits the slot's size limit, so that what Plaza stores it can serve as it is.
 */
public record ActorImage(ImageSlot slot, ProfileImage image, byte[] content) {

    public ActorImage {
        requireNonNull(slot, "slot");
        requireNonNull(image, "image");
        requireNonNull(content, "content");
    }

    /** Checks an upload; the message of a refusal says what was wrong with it. */
    public static ActorImage of(ImageSlot slot, byte[] content) {
        if (content.length == 0) {
            throw new IllegalArgumentException("the %s file is empty; choose a PNG, JPEG, GIF or WebP image"
                    .formatted(slot.label()));
        }
        requireFits(slot, content.length);
        ImageFormat format = ImageFormat.of(content).orElseThrow(() -> new IllegalArgumentException(
                "the %s is not a PNG, JPEG, GIF or WebP image (judged by its content, not its name)"
                        .formatted(slot.label())));
        return new ActorImage(slot, new ProfileImage(format, sha256(content)), content);
    }

    /** Whether {@code size} bytes can be this slot's image at all, to refuse a too large upload unread. */
    public static void requireFits(ImageSlot slot, long size) {
        if (size > slot.maxBytes()) {
            String actual = size(size);
            String limit = size(slot.maxBytes());
            if (actual.equals(limit) || actual.equals(limit.replace(" ", ".0 "))) {
                actual = String.format(Locale.ROOT, "%,d bytes", size);
                limit = String.format(Locale.ROOT, "%s (%,d bytes)", limit, slot.maxBytes());
            }
            throw new IllegalArgumentException(("the %s is %s; the limit is %s. Make it smaller (fewer pixels or more"
                    + " compression) and upload it again").formatted(slot.label(), actual, limit));
        }
    }

    /** A size as people read it: "800 KiB", "2 MiB", "3.4 MiB". */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return "%d KiB".formatted(Math.max(1, bytes / 1024));
        }
        if (bytes % (1024 * 1024) == 0) {
            return "%d MiB".formatted(bytes / (1024 * 1024));
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ActorImage[%s, %s, %d bytes]".formatted(slot.key(), image.format().mediaType(), content.length);
    }
}
