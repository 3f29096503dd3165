package dev.plaza.atproto.syntax;

import dev.plaza.atproto.AtprotoException;
import java.util.function.Consumer;

/** Builds the one kind of message every syntax here refuses with: what was given, what it is not, and why. */
final class Refusal {

    private static final int SHOWN = 64;

    private Refusal() {
    }

    static AtprotoException of(String kind, String text, String reason) {
        return new AtprotoException("%s is not a valid %s: %s".formatted(quoted(text), kind, reason));
    }

    static String quoted(String text) {
        if (text.length() <= SHOWN) {
            return "\"" + text + "\"";
        }
        return "\"%s…\" (%d chars)".formatted(text.substring(0, SHOWN), text.length());
    }

    /** Whether {@code check} lets {@code text} through: the {@code isValid} of every syntax here. */
    static boolean passes(Consumer<String> check, String text) {
        try {
            check.accept(text);
            return true;
        } catch (AtprotoException e) {
            return false;
        }
    }

    static String describe(char c) {
        return c > ' ' && c < 0x7f ? "'" + c + "'" : "U+%04X".formatted((int) c);
    }
}
