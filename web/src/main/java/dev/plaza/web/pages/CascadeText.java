package dev.plaza.web.pages;

import dev.plaza.core.wordofmouth.Cascade;
import dev.plaza.core.wordofmouth.Echoes;
import java.util.ArrayList;
import java.util.List;

/** How far a post travelled, in words; the kinds of echo it did not get are left out. */
public final class CascadeText {

    private CascadeText() {
    }

    /** "↻ 3 reposts · 1 quote · 4 replies · reached 7 people · 2 deep": the echoes at every step. */
    public static String travelled(Cascade cascade) {
        List<String> parts = echoes(cascade.all());
        parts.add("reached " + Fmt.count(cascade.peopleReached(), "person", "people"));
        parts.add(cascade.depth() + " deep");
        return "↻ " + String.join(" · ", parts);
    }

    /** "Directly: 2 reposts, 1 quote; the latest echo …": what the post itself got. */
    public static String directly(Cascade cascade) {
        return "Directly: %s; the latest echo %s".formatted(String.join(", ", echoes(cascade.direct())),
                Fmt.dateTime(cascade.latestEchoAt()));
    }

    private static List<String> echoes(Echoes echoes) {
        List<String> parts = new ArrayList<>();
        if (echoes.reposts() > 0) {
            parts.add(Fmt.count(echoes.reposts(), "repost", "reposts"));
        }
        if (echoes.quotes() > 0) {
            parts.add(Fmt.count(echoes.quotes(), "quote", "quotes"));
        }
        if (echoes.replies() > 0) {
            parts.add(Fmt.count(echoes.replies(), "reply", "replies"));
        }
        return parts;
    }
}
