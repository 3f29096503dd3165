package dev.plaza.demo;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Fills the phrasebooks' templates: a text in the writer's language where there is one, in English otherwise. */
final class Texts {

    /** What a generated text says, and in which language it says it. */
    record Text(String text, String lang) {
    }

    static final String LAUNCHED = "Fernhill Courier E";
    static final String COMMUNITY_RIDE = "Ride the Hill 2026";
    static final List<String> USUAL_RIDES = List.of("the Sunday group ride", "the monthly night ride",
            "the Critical Mass this Friday", "the school bike bus");
    static final String CITY_CYCLING = "#citycycling";

    private static final Map<String, Phrasebook> BOOKS = Map.of(
            "en", English.BOOK,
            "de", European.GERMAN,
            "fr", European.FRENCH,
            "es", European.SPANISH,
            "nl", European.DUTCH);

    private Texts() {
    }

    static Text write(Phrase phrase, String lang, String event, RandomGenerator rnd) {
        return write(phrase, -1, lang, event, rnd);
    }

    /** The {@code template}-th text of a phrase (a random one when negative), in {@code lang} if it has one. */
    static Text write(Phrase phrase, int template, String lang, String event, RandomGenerator rnd) {
        Phrasebook book = BOOKS.getOrDefault(lang, English.BOOK);
        List<String> own = book.templates(phrase).orElse(List.of());
        if (own.isEmpty()) {
            book = English.BOOK;
        }
        List<String> templates = book.templates(phrase)
                .orElseThrow(() -> new IllegalStateException("English has no template for " + phrase));
        String chosen = template < 0 ? Names.pick(templates, rnd) : templates.get(template % templates.size());
        return new Text(fill(chosen, book, event, rnd), book.lang());
    }

    /** Up to two of the language's hashtags, {@code #citycycling} first when {@code cityCycling}. */
    static List<String> hashtags(String lang, boolean cityCycling, RandomGenerator rnd) {
        List<String> tags = BOOKS.getOrDefault(lang, English.BOOK).hashtags();
        String other = tags.get(1 + rnd.nextInt(tags.size() - 1));
        if (cityCycling) {
            return rnd.nextDouble() < 0.5 ? List.of(CITY_CYCLING) : List.of(CITY_CYCLING, other);
        }
        return rnd.nextDouble() < 0.5 ? List.of() : List.of(other);
    }

    private static String fill(String template, Phrasebook book, String event, RandomGenerator rnd) {
        StringBuilder out = new StringBuilder(template.length() + 40);
        int from = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
            int close = template.indexOf('}', open);
            out.append(template, from, open);
            out.append(word(template.substring(open + 1, close), book, event, rnd));
            from = close + 1;
        }
        return out.append(template, from, template.length()).toString();
    }

    private static String word(String slot, Phrasebook book, String event, RandomGenerator rnd) {
        return switch (slot) {
            case "launch" -> LAUNCHED;
            case "event" -> event;
            case "km" -> Integer.toString(20 + 5 * rnd.nextInt(77));
            case "count" -> Integer.toString(40 + rnd.nextInt(860));
            case "page" -> Integer.toString(12 + rnd.nextInt(48));
            case "psi" -> Integer.toString(35 + rnd.nextInt(30));
            case "height" -> Integer.toString(152 + rnd.nextInt(48));
            default -> Names.pick(book.words(slot).or(() -> English.BOOK.words(slot))
                    .orElseThrow(() -> new IllegalStateException("no words for {" + slot + "}")), rnd);
        };
    }
}
