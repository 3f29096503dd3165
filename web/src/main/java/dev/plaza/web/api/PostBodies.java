package dev.plaza.web.api;

import dev.plaza.core.publishing.PostPoll;
import dev.plaza.core.publishing.Visibility;
import dev.plaza.federation.outbox.Draft;
import dev.plaza.federation.outbox.PollDraft;
import java.time.Duration;
import java.util.List;

/**
 * The request bodies of posts, read into what the publisher takes. Optional fields may be null,
 * so that a client can send back the values it read.
 */
final class PostBodies {

    static final List<String> DRAFT = List.of("text", "content_warning", "language", "visibility", "in_reply_to", "poll");
    static final List<String> POLL = List.of("options", "multiple", "expires_in");
    static final List<String> EDIT = List.of("text", "content_warning", "language");

    private PostBodies() {
    }

    static Draft draft(Body body) {
        return new Draft(body.requiredString("text"), body.nullableString("content_warning"),
                body.nullableString("language"), body.string("visibility").map(PostBodies::visibility).orElse(Visibility.PUBLIC),
                body.nullableString("in_reply_to"), body.object("poll", POLL).map(PostBodies::poll));
    }

    private static PollDraft poll(Body poll) {
        List<String> options = poll.requiredStrings("options");
        if (options.size() < 2 || options.size() > PostPoll.MAX_OPTIONS) {
            throw new IllegalArgumentException("field '%s' must hold 2 to %d options, got %d"
                    .formatted(poll.name("options"), PostPoll.MAX_OPTIONS, options.size()));
        }
        boolean multiple = poll.bool("multiple").orElse(false);
        long seconds = poll.requiredInteger("expires_in");
        if (seconds < PollDraft.SHORTEST.toSeconds() || seconds > PollDraft.LONGEST.toSeconds()) {
            throw new IllegalArgumentException("field '%s' must be %d to %d seconds (5 minutes to 30 days), got %d"
                    .formatted(poll.name("expires_in"), PollDraft.SHORTEST.toSeconds(), PollDraft.LONGEST.toSeconds(),
                            seconds));
        }
        return new PollDraft(options, multiple, Duration.ofSeconds(seconds));
    }

    private static Visibility visibility(String key) {
        try {
            return Visibility.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'visibility': " + e.getMessage(), e);
        }
    }
}
