package dev.plaza.insights.sentiment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a negation turns the words after it around, in the languages Plaza ships lexicons for: a
 * negating word or phrase ("not", "nicht", "ne … pas" as "pas", "لا") reaches up to
 * {@value #SCOPE} words, to the end of its clause.
 */
final class Negations {

    static final int SCOPE = 3;

    private final Set<String> phrases;

    private Negations(Set<String> phrases) {
        this.phrases = Set.copyOf(phrases);
    }

    static Negations builtIn() {
        Set<String> phrases = new HashSet<>();
        Lexicon.rows("negators.tsv").forEach(row -> phrases.add(String.join(" ", PostTokenizer.tokens(row[1]))));
        Lexicon.rows("vader-negations.txt").forEach(row -> phrases.add(String.join(" ", PostTokenizer.tokens(row[0]))));
        phrases.remove("");
        return new Negations(phrases);
    }

    /** For each token, whether a negation before it in its clause reaches it. */
    boolean[] negated(List<String> tokens) {
        boolean[] negated = new boolean[tokens.size()];
        int reach = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (endsClause(token)) {
                reach = 0;
            } else if (isNegation(tokens, i)) {
                reach = SCOPE;
            } else if (reach > 0) {
                negated[i] = true;
                reach--;
            }
        }
        return negated;
    }

    /** Whether {@code phrase} (as tokens joined by spaces) negates, in any of the languages. */
    boolean isNegation(String phrase) {
        return phrases.contains(phrase) || phrase.endsWith("n't");
    }

    private boolean isNegation(List<String> tokens, int i) {
        String token = tokens.get(i);
        if (phrases.contains(token) || token.endsWith("n't")) {
            return true;
        }
        return i > 0 && phrases.contains(tokens.get(i - 1) + " " + token);
    }

    static boolean endsClause(String token) {
        return token.equals(PostTokenizer.CLAUSE_END) || token.startsWith("!") || token.startsWith("?");
    }
}
