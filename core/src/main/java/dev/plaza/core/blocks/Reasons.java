package dev.plaza.core.blocks;

/** A block's reason: optional, public, one short paragraph. */
public final class Reasons {

    public static final int MAX_LENGTH = 500;

    private Reasons() {
    }

    /** The reason, stripped; refused when it is longer than {@value #MAX_LENGTH} characters. */
    public static String checked(String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a block's reason is %d characters; the limit is %d"
                    .formatted(stripped.length(), MAX_LENGTH));
        }
        return stripped;
    }
}
