package dev.plaza.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * What a scored post adds to the identity rollups (V32): to its author's month, its sentiment, its
 * advocacy and whether it replies to the brand; when it is the brand's answer to a post, a reply in the
 * month of the answer and a response time for the identity answered.
 */
final class IdentityRollups {

    static final List<String> MONTH_COLUMNS = List.of("negative", "neutral", "positive", "recommendations", "answers",
            "replies_to_brand", "mentions", "replied_to_brand", "brand_replied");
    private static final int ADVOCACY = 3;
    private static final int REPLIED_TO_BRAND = 7;
    private static final int BRAND_REPLIED = 8;
    private static final long SECOND = 1_000_000;

    private final IdentityCounts months = new IdentityCounts("identity_month", "month", "date", MONTH_COLUMNS);
    private final IdentityCounts responses = new IdentityCounts("identity_response", "seconds", "bigint", List.of("replies"));

    /**
     * Adds {@code delta} times what {@code post} counts with this reading.
     *
     * @param advocacy its index in {@link PgAdvocates#STORED}, or -1
     * @param flags as {@code activity_sentiment.counted} keeps them (see {@link MeasureCounts})
     */
    void add(QueuedPost post, int sentiment, int advocacy, int flags, int delta) {
        if (post.at() == null) {
            return;
        }
        String month = month(post.at());
        months.add(post.authorIdentityId(), month, sentiment, delta);
        if (advocacy >= 0) {
            months.add(post.authorIdentityId(), month, ADVOCACY + advocacy, delta);
        }
        if ((flags & MeasureCounts.COUNTED_REPLY_TO_BRAND) != 0) {
            months.add(post.authorIdentityId(), month, REPLIED_TO_BRAND, delta);
        }
        if ((flags & MeasureCounts.COUNTED_BRAND_ANSWER) != 0) {
            QueuedPost.Parent parent = post.parent().orElseThrow(() -> new StoreException(
                    "activity %d was counted as the brand's answer to a post Plaza no longer has".formatted(post.activityId())));
            months.add(parent.authorIdentityId(), month, BRAND_REPLIED, delta);
            if (!post.at().isBefore(parent.at())) {
                responses.add(parent.authorIdentityId(), Long.toString(bucket(Duration.between(parent.at(), post.at()))), 0, delta);
            }
        }
    }

    void write(Handle handle) {
        months.write(handle);
        responses.write(handle);
    }

    /**
     * The bucket of {@code identity_response} a response time falls in: rounded to the second, and from
     * 1,000 s on to three significant figures (V32 does the same in SQL).
     */
    static long bucket(Duration response) {
        long micros = response.toSeconds() * SECOND + response.toNanosPart() / 1_000;
        long seconds = (micros + SECOND / 2) / SECOND;
        long step = 1;
        while (seconds / step >= 1_000) {
            step *= 10;
        }
        return (seconds + step / 2) / step * step;
    }

    private static String month(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).withDayOfMonth(1).toString();
    }
}
