package dev.plaza.core.actors;

import static java.util.Objects.requireNonNull;

/**
 * An actor's avatar or header as its documents name it: the format, and the SHA-256 of the bytes
 * (hex), which versions its URL so that servers and browsers may cache each version for good.
 */
public record ProfileImage(ImageFormat format, String digest) {

    public ProfileImage {
        requireNonNull(format, "format");
        requireNonNull(digest, "digest");
        if (!digest.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("'%s' is not a SHA-256 digest in hex".formatted(digest));
        }
    }

    /** The short form of the digest that URLs carry ({@code ?v=…}). */
    public String version() {
        return digest.substring(0, 16);
    }
}
