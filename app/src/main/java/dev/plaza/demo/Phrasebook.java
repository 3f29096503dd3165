package dev.plaza.demo;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One language's templates, the words that fill their {slots}, and its hashtags. Built once, then only read. */
final class Phrasebook {

    private final String lang;
    private final Map<Phrase, List<String>> templates = new EnumMap<>(Phrase.class);
    private final Map<String, List<String>> words = new HashMap<>();
    private List<String> hashtags = List.of();

    Phrasebook(String lang) {
        this.lang = lang;
    }

    Phrasebook say(Phrase phrase, String... texts) {
        templates.put(phrase, List.of(texts));
        return this;
    }

    Phrasebook words(String slot, String... values) {
        words.put(slot, List.of(values));
        return this;
    }

    Phrasebook hashtags(String... tags) {
        hashtags = List.of(tags);
        return this;
    }

    String lang() {
        return lang;
    }

    Optional<List<String>> templates(Phrase phrase) {
        return Optional.ofNullable(templates.get(phrase));
    }

    Optional<List<String>> words(String slot) {
        return Optional.ofNullable(words.get(slot));
    }

    List<String> hashtags() {
        return hashtags;
    }
}
