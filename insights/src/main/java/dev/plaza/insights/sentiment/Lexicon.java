package dev.plaza.insights.sentiment;

import dev.plaza.insights.InsightsException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words and phrases with a valence (negative to positive), looked up in a post's tokens. A phrase is
 * kept as the tokens {@link PostTokenizer} makes of it, so "à juste titre" is found whatever its case.
 */
final class Lexicon {

    static final int LONGEST_PHRASE = 4;

    private final Map<String, Double> valences;

    private Lexicon(Map<String, Double> valences) {
        this.valences = Map.copyOf(valences);
    }

    /**
     * Reads {@code phrase<TAB>valence} lines from the named resources, but not the phrases {@code leaveOut}
     * accepts with the resource's name; a later resource's entry replaces an earlier one's.
     */
    static Lexicon fromResources(List<String> names, java.util.function.BiPredicate<String, String> leaveOut) {
        Map<String, Double> valences = new HashMap<>();
        for (String name : names) {
            for (String[] row : rows(name)) {
                String key = String.join(" ", PostTokenizer.tokens(row[0]));
                if (!key.isEmpty() && !leaveOut.test(name, key)) {
                    valences.put(key, Double.parseDouble(row[1]));
                }
            }
        }
        return new Lexicon(valences);
    }

    /** The valence of one token, or 0 if the lexicon does not know it. */
    double valence(String token) {
        return valences.getOrDefault(token, 0.0);
    }

    /** How many tokens the longest entry starting at {@code start} spans (0: none); its valence is {@link #valence(String)} of them joined. */
    int matchLength(List<String> tokens, int start) {
        StringBuilder phrase = new StringBuilder();
        int found = 0;
        for (int length = 1; length <= LONGEST_PHRASE && start + length <= tokens.size(); length++) {
            phrase.append(length == 1 ? "" : " ").append(tokens.get(start + length - 1));
            if (valences.containsKey(phrase.toString())) {
                found = length;
            }
        }
        return found;
    }

    static String joined(List<String> tokens, int start, int length) {
        return String.join(" ", tokens.subList(start, start + length));
    }

    /** The tab-separated rows of a resource next to this class. */
    static List<String[]> rows(String name) {
        InputStream in = Lexicon.class.getResourceAsStream("lexicons/" + name);
        if (in == null) {
            throw new InsightsException("the lexicon " + name + " is missing from Plaza's insights module");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank()).map(line -> line.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
