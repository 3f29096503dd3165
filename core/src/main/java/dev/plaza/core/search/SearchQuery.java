package dev.plaza.core.search;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user typed into the search box, understood: every word must match, "quoted phrases"
 * match in order, a leading minus excludes, #hashtags and @handles match as written. Terms with
 * no letter or digit carry no meaning and are dropped; control characters separate terms.
 */
public record SearchQuery(String raw, List<SearchTerm> terms) {

    public static final int MAX_LENGTH = 500;
    public static final int MAX_TERMS = 20;

    public SearchQuery {
        requireNonNull(raw, "raw");
        terms = List.copyOf(terms);
        if (terms.stream().allMatch(SearchTerm::excluded)) {
            throw new IllegalArgumentException(
                    "search for at least one word, phrase, #hashtag or @handle; '%s' has none to find".formatted(raw));
        }
        if (terms.size() > MAX_TERMS) {
            throw new IllegalArgumentException("a search may hold at most %d terms; '%s' has %d"
                    .formatted(MAX_TERMS, raw, terms.size()));
        }
    }

    public static SearchQuery parse(String raw) {
        if (raw.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a search may be at most %d characters long, got %d"
                    .formatted(MAX_LENGTH, raw.length()));
        }
        String text = raw.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        List<SearchTerm> terms = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            if (Character.isWhitespace(text.charAt(at))) {
                at++;
                continue;
            }
            boolean excluded = text.charAt(at) == '-' && at + 1 < text.length() && !Character.isWhitespace(text.charAt(at + 1));
            int start = excluded ? at + 1 : at;
            at = text.charAt(start) == '"' ? phrase(text, start, excluded, terms) : token(text, start, excluded, terms);
        }
        return new SearchQuery(raw, terms);
    }

    private static int phrase(String raw, int quote, boolean excluded, List<SearchTerm> terms) {
        int close = raw.indexOf('"', quote + 1);
        int end = close < 0 ? raw.length() : close;
        add(terms, SearchTerm.Kind.PHRASE, raw.substring(quote + 1, end).strip(), excluded);
        return close < 0 ? raw.length() : close + 1;
    }

    private static int token(String raw, int start, boolean excluded, List<SearchTerm> terms) {
        int end = start;
        while (end < raw.length() && !Character.isWhitespace(raw.charAt(end)) && raw.charAt(end) != '"') {
            end++;
        }
        String token = raw.substring(start, end);
        if (token.length() > 1 && token.charAt(0) == '#') {
            add(terms, SearchTerm.Kind.HASHTAG, token.substring(1), excluded);
        } else if (token.length() > 1 && token.charAt(0) == '@') {
            add(terms, SearchTerm.Kind.HANDLE, token.substring(1), excluded);
        } else {
            add(terms, SearchTerm.Kind.WORD, token, excluded);
        }
        return end;
    }

    private static void add(List<SearchTerm> terms, SearchTerm.Kind kind, String text, boolean excluded) {
        if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
            terms.add(new SearchTerm(kind, text, excluded));
        }
    }
}
