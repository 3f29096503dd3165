package dev.plaza.core.actors;

import java.util.Locale;

/** Where an actor shows an image: its avatar ({@code icon}) or the header above its profile ({@code image}). */
public enum ImageSlot {
    AVATAR("avatar", 2 * 1024 * 1024),
    HEADER("header", 4 * 1024 * 1024);

    private final String label;
    private final int maxBytes;

    ImageSlot(String label, int maxBytes) {
        this.label = label;
        this.maxBytes = maxBytes;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How messages name it: "avatar", "header". */
    public String label() {
        return label;
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** The slot a path or form names, e.g. {@code avatar}. */
    public static ImageSlot fromKey(String key) {
        for (ImageSlot slot : values()) {
            if (slot.key().equals(key)) {
                return slot;
            }
        }
        throw new IllegalArgumentException("'%s' is no profile image; use avatar or header".formatted(key));
    }
}
