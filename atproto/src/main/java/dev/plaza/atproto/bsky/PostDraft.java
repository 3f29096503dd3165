package dev.plaza.atproto.bsky;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.syntax.LanguageTag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A post the brand is about to make, within app.bsky.feed.post's limits: at most 300 graphemes and 3000
 * bytes of text, at most three languages. Mentions, links and hashtags in the text become facets when it
 * is posted.
 *
 * @param createdAt when the post says it was made; empty for the time it is posted
 */
public record PostDraft(String text, List<LanguageTag> languages, Optional<Instant> createdAt, Optional<ReplyTo> reply,
                        Optional<StrongRef> quote) {

    public static final int MAX_GRAPHEMES = 300;
    public static final int MAX_BYTES = 3000;
    public static final int MAX_LANGUAGES = 3;
    private static final int SHOWN = 40;

    public PostDraft {
        requireNonNull(text, "text");
        languages = List.copyOf(languages);
        requireNonNull(createdAt, "createdAt");
        requireNonNull(reply, "reply");
        requireNonNull(quote, "quote");
        checkText(text, quote.isPresent());
        if (languages.size() > MAX_LANGUAGES) {
            throw new AtprotoException("a Bluesky post names at most %d languages; this one names %d: %s"
                    .formatted(MAX_LANGUAGES, languages.size(), languages));
        }
    }

    public static PostDraft of(String text) {
        return new PostDraft(text, List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The languages the text is in, as BCP 47 tags such as "en" or "pt-BR". */
    public PostDraft inLanguages(String... tags) {
        List<LanguageTag> parsed = new ArrayList<>();
        for (String tag : tags) {
            try {
                parsed.add(LanguageTag.parse(tag));
            } catch (AtprotoException e) {
                throw new AtprotoException("a post's languages are BCP 47 tags: " + e.getMessage(), e);
            }
        }
        return new PostDraft(text, parsed, createdAt, reply, quote);
    }

    public PostDraft replyingTo(ReplyTo to) {
        return new PostDraft(text, languages, createdAt, Optional.of(to), quote);
    }

    /** Embeds the post (app.bsky.embed.record): a quote post. */
    public PostDraft quoting(StrongRef post) {
        return new PostDraft(text, languages, createdAt, reply, Optional.of(post));
    }

    /** Dates the post; without this it is dated when it is posted. */
    public PostDraft datedAt(Instant at) {
        return new PostDraft(text, languages, Optional.of(at), reply, quote);
    }

    private static void checkText(String text, boolean quotes) {
        if (text.isBlank() && !quotes) {
            throw new AtprotoException("a Bluesky post needs text, or a post it quotes");
        }
        int surrogate = TextChars.loneSurrogate(text);
        if (surrogate >= 0) {
            throw new AtprotoException("the post text %s has a lone surrogate (U+%04X) at char %d, which UTF-8 cannot carry"
                    .formatted(shown(text), (int) text.charAt(surrogate), surrogate));
        }
        int graphemes = TextChars.graphemes(text);
        if (graphemes > MAX_GRAPHEMES) {
            throw new AtprotoException("a Bluesky post is at most %d characters (graphemes); this one has %d: %s"
                    .formatted(MAX_GRAPHEMES, graphemes, shown(text)));
        }
        int bytes = TextChars.utf8Length(text, 0, text.length());
        if (bytes > MAX_BYTES) {
            throw new AtprotoException("a Bluesky post's text is at most %d bytes of UTF-8; this one has %d: %s"
                    .formatted(MAX_BYTES, bytes, shown(text)));
        }
    }

    private static String shown(String text) {
        int end = text.offsetByCodePoints(0, Math.min(SHOWN, text.codePointCount(0, text.length())));
        return end == text.length() ? "\"" + text + "\"" : "\"" + text.substring(0, end) + "…\"";
    }
}
