package dev.plaza.web.api;

import dev.plaza.core.advocacy.Advocate;
import dev.plaza.core.relationships.Relationship;
import dev.plaza.core.sentiment.Sentiment;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A person's relationship with the brand across their identities, how their scored posts feel, and how they speak for it. */
record RelationshipJson(
        long personId,
        long theirReplies,
        long brandReplies,
        double reciprocity,
        Long medianResponseSeconds,
        int activeMonths,
        int tenureMonths,
        double retention,
        SentimentJson sentiment,
        AdvocacyJson advocacy) {

    /** How many of their posts were scored in each class, and each class's share of them (null while none is scored). */
    record SentimentJson(long scoredPosts, long negative, long neutral, long positive, Double negativeShare, Double neutralShare,
            Double positiveShare) {

        static SentimentJson of(Map<Sentiment, Long> counts) {
            long scored = counts.values().stream().mapToLong(Long::longValue).sum();
            long negative = counts.getOrDefault(Sentiment.NEGATIVE, 0L);
            long neutral = counts.getOrDefault(Sentiment.NEUTRAL, 0L);
            long positive = counts.getOrDefault(Sentiment.POSITIVE, 0L);
            return new SentimentJson(scored, negative, neutral, positive, share(negative, scored), share(neutral, scored),
                    share(positive, scored));
        }

        private static Double share(long count, long scored) {
            return scored == 0 ? null : (double) count / scored;
        }
    }

    /** Their recommendations of the brand and answers with it, and when the latest was written (null if never). */
    record AdvocacyJson(long recommendations, long answers, Instant lastAt) {

        static AdvocacyJson of(Optional<Advocate> advocate) {
            return advocate.map(a -> new AdvocacyJson(a.recommendations(), a.answers(), a.lastAt()))
                    .orElse(new AdvocacyJson(0, 0, null));
        }
    }

    static RelationshipJson of(long personId, Relationship r, Map<Sentiment, Long> sentiment, Optional<Advocate> advocate) {
        return new RelationshipJson(personId, r.theirReplies(), r.brandReplies(), r.reciprocity(),
                r.medianResponse().map(Duration::toSeconds).orElse(null), r.activeMonths(), r.tenureMonths(), r.retention(),
                SentimentJson.of(sentiment), AdvocacyJson.of(advocate));
    }
}
