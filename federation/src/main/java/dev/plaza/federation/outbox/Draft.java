package dev.plaza.federation.outbox;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.publishing.Visibility;
import java.util.Optional;

/**
 * What the team writes: the text (mentions as {@code @user@host}, {@code #hashtags}, links), an
 * optional content warning, language, audience, the post it answers, and a poll.
 */
public record Draft(
        String text,
        Optional<String> contentWarning,
        Optional<String> language,
        Visibility visibility,
        Optional<String> inReplyTo,
        Optional<PollDraft> poll) {

    public static final int MAX_WARNING = 500;

    public Draft {
        requireNonNull(text, "text");
        contentWarning = contentWarning.map(String::strip).filter(w -> !w.isEmpty());
        language = language.map(String::strip).filter(l -> !l.isEmpty());
        requireNonNull(visibility, "visibility");
        inReplyTo = inReplyTo.map(String::strip).filter(r -> !r.isEmpty());
        requireNonNull(poll, "poll");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a post needs some text");
        }
        if (text.length() > LocalPost.MAX_SOURCE) {
            throw new IllegalArgumentException("a post is at most %d characters; this one has %d"
                    .formatted(LocalPost.MAX_SOURCE, text.length()));
        }
        if (contentWarning.map(String::length).orElse(0) > MAX_WARNING) {
            throw new IllegalArgumentException("a content warning is at most %d characters".formatted(MAX_WARNING));
        }
        if (language.isPresent() && !language.get().matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new IllegalArgumentException("'%s' is not a language tag like en or pt-BR".formatted(language.get()));
        }
    }

    public static Draft publicPost(String text) {
        return new Draft(text, Optional.empty(), Optional.empty(), Visibility.PUBLIC, Optional.empty(), Optional.empty());
    }
}
