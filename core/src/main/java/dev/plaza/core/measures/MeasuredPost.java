package dev.plaza.core.measures;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.activity.Activity;
import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.sentiment.Sentiment;
import java.util.Optional;

/** A scored post as a dashboard counted it, with its author. */
public record MeasuredPost(Activity activity, long personId, String authorName, String authorHandle, Sentiment sentiment,
                           double confidence, Optional<Advocacy> advocacy) {

    public MeasuredPost {
        requireNonNull(activity, "activity");
        requireNonNull(authorName, "authorName");
        requireNonNull(authorHandle, "authorHandle");
        requireNonNull(sentiment, "sentiment");
        requireNonNull(advocacy, "advocacy");
    }
}
