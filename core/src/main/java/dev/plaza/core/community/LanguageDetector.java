package dev.plaza.core.community;

import java.util.Optional;

/**
 * Tells the language a text is written in, for posts that declare none: a BCP 47 primary language
 * tag ("de", "ja"), and only when the text says so clearly; a short or mixed text tells nothing.
 */
@FunctionalInterface
public interface LanguageDetector {

    Optional<String> detect(String text);

    /** A detector that never knows: posts without a declared language stay without one. */
    static LanguageDetector none() {
        return text -> Optional.empty();
    }
}
