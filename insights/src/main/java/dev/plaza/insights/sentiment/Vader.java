package dev.plaza.insights.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * VADER (Hutto and Gilbert, ICWSM 2014), the rule-based English baseline: each word's valence from
 * its lexicon, raised by ALL CAPS and booster words, flipped by a negation up to three words before
 * it, weighed around "but", then the sum with the emphasis of "!" and "?" squashed into a compound
 * score in [-1, 1]. A compound of at least 0.05 is positive, of at most -0.05 negative, as its
 * authors classify. The rules and constants are those of the reference implementation.
 */
final class Vader {

    static final double THRESHOLD = 0.05;

    private static final double BOOST = 0.293;
    private static final double CAPS_BOOST = 0.733;
    private static final double NEGATION = -0.74;
    private static final double ALPHA = 15;
    private static final List<String> PUNCTUATION = List.of(".", "!", "?", ",", ";", ":", "-", "'", "\"", "!!", "!!!",
            "??", "???", "?!?", "!?!", "?!?!", "!?!?");
    private static final String PUNCTUATION_CHARS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private final Map<String, Double> lexicon;
    private final Map<String, Double> boosters;
    private final Map<String, Double> idioms;
    private final Set<String> negations;

    private Vader(Map<String, Double> lexicon, Map<String, Double> boosters, Map<String, Double> idioms, Set<String> negations) {
        this.lexicon = lexicon;
        this.boosters = boosters;
        this.idioms = idioms;
        this.negations = negations;
    }

    static Vader builtIn() {
        return new Vader(
                Lexicon.rows("vader.tsv").stream().collect(Collectors.toUnmodifiableMap(r -> r[0], r -> Double.parseDouble(r[1]),
                        (a, b) -> b)),
                Lexicon.rows("vader-boosters.tsv").stream().collect(Collectors.toUnmodifiableMap(r -> r[0],
                        r -> r[1].equals("up") ? BOOST : -BOOST)),
                Lexicon.rows("vader-idioms.tsv").stream().collect(Collectors.toUnmodifiableMap(r -> r[0], r -> Double.parseDouble(r[1]))),
                Lexicon.rows("vader-negations.txt").stream().map(r -> r[0]).collect(Collectors.toUnmodifiableSet()));
    }

    /** The compound score of {@code text}, in [-1, 1]. */
    double compound(String text) {
        List<String> words = words(text);
        boolean capsDiffer = someButNotAllCaps(words);
        List<Double> sentiments = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String lower = lower(words.get(i));
            boolean kindOf = i < words.size() - 1 && lower.equals("kind") && lower(words.get(i + 1)).equals("of");
            sentiments.add(kindOf || boosters.containsKey(lower) ? 0 : valence(words, i, capsDiffer));
        }
        weighAroundBut(words, sentiments);
        double sum = sentiments.stream().mapToDouble(Double::doubleValue).sum();
        double emphasis = exclamationEmphasis(text) + questionEmphasis(text);
        if (sum > 0) {
            sum += emphasis;
        } else if (sum < 0) {
            sum -= emphasis;
        }
        return Math.max(-1, Math.min(1, sum / Math.sqrt(sum * sum + ALPHA)));
    }

    private double valence(List<String> words, int index, boolean capsDiffer) {
        String item = words.get(index);
        Double known = lexicon.get(lower(item));
        if (known == null) {
            return 0;
        }
        double valence = known;
        if (capsDiffer && isUpper(item)) {
            valence += valence > 0 ? CAPS_BOOST : -CAPS_BOOST;
        }
        for (int back = 0; back < 3; back++) {
            if (index > back && !lexicon.containsKey(lower(words.get(index - back - 1)))) {
                double scalar = boosterScalar(words.get(index - back - 1), valence, capsDiffer);
                valence += back == 1 ? scalar * 0.95 : back == 2 ? scalar * 0.9 : scalar;
                valence = checkNever(valence, words, back, index);
                if (back == 2) {
                    valence = checkIdioms(valence, words, index);
                }
            }
        }
        return checkLeast(valence, words, index);
    }

    private double boosterScalar(String word, double valence, boolean capsDiffer) {
        Double boost = boosters.get(lower(word));
        if (boost == null) {
            return 0;
        }
        double scalar = valence < 0 ? -boost : boost;
        if (capsDiffer && isUpper(word)) {
            scalar += valence > 0 ? CAPS_BOOST : -CAPS_BOOST;
        }
        return scalar;
    }

    private double checkNever(double valence, List<String> words, int back, int index) {
        if (back == 0) {
            return negated(words.get(index - 1)) ? valence * NEGATION : valence;
        }
        if (back == 1) {
            if (words.get(index - 2).equals("never") && isSoOrThis(words.get(index - 1))) {
                return valence * 1.5;
            }
            return negated(words.get(index - 2)) ? valence * NEGATION : valence;
        }
        if ((words.get(index - 3).equals("never") && isSoOrThis(words.get(index - 2))) || isSoOrThis(words.get(index - 1))) {
            return valence * 1.25;
        }
        return negated(words.get(index - 3)) ? valence * NEGATION : valence;
    }

    private static boolean isSoOrThis(String word) {
        return word.equals("so") || word.equals("this");
    }

    private boolean negated(String word) {
        return negations.contains(word) || word.contains("n't");
    }

    private double checkIdioms(double valence, List<String> words, int index) {
        List<String> before = List.of(
                words.get(index - 1) + " " + words.get(index),
                words.get(index - 2) + " " + words.get(index - 1) + " " + words.get(index),
                words.get(index - 2) + " " + words.get(index - 1),
                words.get(index - 3) + " " + words.get(index - 2) + " " + words.get(index - 1),
                words.get(index - 3) + " " + words.get(index - 2));
        for (String sequence : before) {
            if (idioms.containsKey(sequence)) {
                valence = idioms.get(sequence);
                break;
            }
        }
        if (words.size() - 1 > index && idioms.containsKey(words.get(index) + " " + words.get(index + 1))) {
            valence = idioms.get(words.get(index) + " " + words.get(index + 1));
        }
        if (words.size() - 1 > index + 1) {
            String three = words.get(index) + " " + words.get(index + 1) + " " + words.get(index + 2);
            if (idioms.containsKey(three)) {
                valence = idioms.get(three);
            }
        }
        if (boosters.containsKey(before.get(4)) || boosters.containsKey(before.get(2))) {
            valence -= BOOST;
        }
        return valence;
    }

    private double checkLeast(double valence, List<String> words, int index) {
        if (index > 0 && lower(words.get(index - 1)).equals("least") && !lexicon.containsKey("least")) {
            boolean atOrVeryLeast = index > 1 && (lower(words.get(index - 2)).equals("at") || lower(words.get(index - 2)).equals("very"));
            return atOrVeryLeast ? valence : valence * NEGATION;
        }
        return valence;
    }

    private static void weighAroundBut(List<String> words, List<Double> sentiments) {
        int but = words.indexOf("but");
        if (but < 0) {
            but = words.indexOf("BUT");
        }
        if (but < 0) {
            return;
        }
        for (int i = 0; i < sentiments.size(); i++) {
            if (i < but) {
                sentiments.set(i, sentiments.get(i) * 0.5);
            } else if (i > but) {
                sentiments.set(i, sentiments.get(i) * 1.5);
            }
        }
    }

    private static double exclamationEmphasis(String text) {
        return Math.min(4, count(text, '!')) * 0.292;
    }

    private static double questionEmphasis(String text) {
        long marks = count(text, '?');
        return marks <= 1 ? 0 : marks <= 3 ? marks * 0.18 : 0.96;
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    /**
     * The text split at whitespace, words of one character dropped, and one punctuation mark (or run
     * of them) stripped from either end of a word that has no other punctuation, as the reference does
     * (emoticons and contractions survive).
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : text.split("\\s")) {
            if (token.length() <= 1) {
                continue;
            }
            String bare = withoutPunctuation(token);
            boolean strip = bare.length() > 1 && PUNCTUATION.stream().anyMatch(p -> token.equals(p + bare) || token.equals(bare + p));
            words.add(strip ? bare : token);
        }
        return words;
    }

    private static String withoutPunctuation(String token) {
        StringBuilder bare = new StringBuilder(token.length());
        token.chars().filter(c -> PUNCTUATION_CHARS.indexOf(c) < 0).forEach(c -> bare.append((char) c));
        return bare.toString();
    }

    private static boolean someButNotAllCaps(List<String> words) {
        long caps = words.stream().filter(Vader::isUpper).count();
        return caps > 0 && caps < words.size();
    }

    /** Python's {@code str.isupper} on ASCII, as the reference: a capital and no small letter. */
    private static boolean isUpper(String word) {
        boolean capital = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return false;
            }
            capital |= c >= 'A' && c <= 'Z';
        }
        return capital;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
