package dev.plaza.core.sentiment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The sentiment of stored posts, as the {@link dev.plaza.core.scoring.ScoringQueue} scored them. */
public interface Sentiments {

    /** Posts per day, platform and class, from {@code from} to {@code to} (UTC days). */
    List<SentimentDay> daily(long workspaceId, LocalDate from, LocalDate to);

    /** How many of a person's posts (across their identities) fall in each class. */
    Map<Sentiment, Long> ofPerson(long workspaceId, long personId);

    /** A person's posts (across their identities) by month and class, from {@code from} to {@code to} (first days). */
    List<SentimentMonth> ofPersonByMonth(long workspaceId, long personId, LocalDate from, LocalDate to);

    /** The scores of those of {@code activityIds} that have one. */
    Map<Long, SentimentScore> of(long workspaceId, Collection<Long> activityIds);
}
