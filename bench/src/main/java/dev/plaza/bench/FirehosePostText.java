package dev.plaza.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The text of a generated Bluesky post: everyday English sentences of varied length, a few
 * hashtags (with their facets' UTF-8 byte ranges, as the Bluesky app records them), now and then
 * an accented word or an emoji, at most 300 characters.
 */
record FirehosePostText(String text, List<Tag> tags) {

    static final int MAX_CHARS = 300;

    /** A hashtag's place in the text, in UTF-8 bytes, and its tag without the '#'. */
    record Tag(int byteStart, int byteEnd, String tag) {
    }

    private static final String[] WORDS = ("""
            the a to and of in is it that for on with this was just have be at so my you not are but all
            like about out what today one time new can get people now more day some first think good when
            really been would from back still know going will see much how love post morning coffee week
            work year little weekend night thing again other after make best never last way feel great
            here right thread read book music show game team city home friends photo light rain sun walk
            train weather spring summer autumn winter garden dinner lunch cat dog kids project code release
            update bug fix idea plan news story article paper open source community small local favourite
            always maybe everyone someone finally actually pretty nice long short quiet busy early late""")
            .split("\\s+");
    private static final String[] ACCENTED = {"café", "naïve", "déjà", "vu", "über", "façade", "jalapeño", "smørrebrød"};
    private static final String[] EMOJI = {"🌅", "☕", "🎉", "📚", "🌧️", "🐈", "✨", "🙂", "🔥", "👀"};
    private static final String[] HASHTAGS = {"photography", "bookclub", "gardening", "opensource", "music",
            "caturday", "javascript", "rust", "java", "running", "art", "science", "weather", "coffee"};

    static FirehosePostText generate(RandomGenerator random) {
        int target = switch (random.nextInt(10)) {
            case 0, 1, 2 -> 15 + random.nextInt(45);
            case 3, 4, 5, 6, 7 -> 60 + random.nextInt(120);
            default -> 180 + random.nextInt(110);
        };
        Builder text = new Builder();
        while (text.chars() < target) {
            text.sentence(random);
        }
        if (random.nextInt(5) == 0) {
            text.hashtags(random);
        }
        return text.build();
    }

    private static final class Builder {

        private final StringBuilder text = new StringBuilder();
        private final List<Tag> tags = new ArrayList<>();
        private int bytes;

        int chars() {
            return text.length();
        }

        void sentence(RandomGenerator random) {
            int words = 3 + random.nextInt(14);
            for (int i = 0; i < words && text.length() < MAX_CHARS - 24; i++) {
                String word = random.nextInt(40) == 0 ? ACCENTED[random.nextInt(ACCENTED.length)] : WORDS[random.nextInt(WORDS.length)];
                if (i == 0) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                }
                append(text.isEmpty() ? word : " " + word);
            }
            append(random.nextInt(6) == 0 ? "!" : random.nextInt(8) == 0 ? "?" : ".");
            if (random.nextInt(12) == 0) {
                append(" " + EMOJI[random.nextInt(EMOJI.length)]);
            }
        }

        void hashtags(RandomGenerator random) {
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count && text.length() < MAX_CHARS - 16; i++) {
                String tag = HASHTAGS[random.nextInt(HASHTAGS.length)];
                append(" ");
                int start = bytes;
                append("#" + tag);
                tags.add(new Tag(start, bytes, tag));
            }
        }

        FirehosePostText build() {
            return new FirehosePostText(text.toString(), tags);
        }

        private void append(String part) {
            text.append(part);
            bytes += part.getBytes(StandardCharsets.UTF_8).length;
        }
    }
}
