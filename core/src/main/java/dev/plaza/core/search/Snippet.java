package dev.plaza.core.search;

import java.util.ArrayList;
import java.util.List;

/** A short excerpt of a found text, in pieces that either matched the search or did not. */
public record Snippet(List<Fragment> fragments) {

    /** Part of the excerpt; {@code match} when it is what the search found. */
    public record Fragment(String text, boolean match) {
    }

    public Snippet {
        fragments = List.copyOf(fragments);
    }

    /** Splits text in which each match lies between {@code start} and {@code stop} characters. */
    public static Snippet marked(String text, char start, char stop) {
        List<Fragment> fragments = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean inMatch = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == start || c == stop) {
                flush(fragments, piece, inMatch);
                inMatch = c == start;
            } else {
                piece.append(c);
            }
        }
        flush(fragments, piece, inMatch);
        return new Snippet(fragments);
    }

    public String plainText() {
        StringBuilder text = new StringBuilder();
        fragments.forEach(f -> text.append(f.text()));
        return text.toString();
    }

    private static void flush(List<Fragment> fragments, StringBuilder piece, boolean match) {
        if (!piece.isEmpty()) {
            fragments.add(new Fragment(piece.toString(), match));
            piece.setLength(0);
        }
    }
}
