package dev.plaza.store;

/** Text made literal inside a LIKE pattern written with {@code ESCAPE '!'}. */
final class LikePatterns {

    private LikePatterns() {
    }

    static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
