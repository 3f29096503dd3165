package dev.plaza.channels.language;

import java.util.regex.Pattern;

/** A post's text without what says nothing of its language: links, @mentions and #hashtags. */
final class DetectableText {

    private static final Pattern NAMES = Pattern.compile(
            "(?:https?://|www\\.)\\S+|(?<![\\p{L}\\p{N}])[@#][\\p{L}\\p{N}_.:-]+", Pattern.CASE_INSENSITIVE);

    private DetectableText() {
    }

    static String of(String text) {
        return NAMES.matcher(text).replaceAll(" ");
    }

    static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }
}
