package dev.plaza.channels.feeds;

import static java.util.Objects.requireNonNull;

import dev.plaza.channels.ImportException;
import dev.plaza.core.feeds.FeedSource;
import dev.plaza.net.FetchedResponse;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.Headers;
import dev.plaza.net.OutboundRequestException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polls a feed politely, through the guarded client (so never an internal address, at any redirect):
 * a conditional GET with the validators of the last answer (RFC 9110 §13.1: If-None-Match,
 * If-Modified-Since), where 304 means nothing new; only XML (or untyped) answers are read; the next
 * poll is set by {@link PollSchedule}. A failure of any kind is kept in the feed's state, not thrown.
 */
public final class FeedFetcher {

    /** The feed's state after the poll, and the feed when the poll brought one (not on 304 or failure). */
    public record Poll(FeedSource next, Optional<Feed> feed) {
        public Poll {
            requireNonNull(next, "next");
            requireNonNull(feed, "feed");
        }
    }

    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
            + "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";
    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d{1,10})");

    private final GuardedHttpClient http;
    private final PollSchedule schedule;
    private final Clock clock;

    public FeedFetcher(GuardedHttpClient http, PollSchedule schedule, Clock clock) {
        this.http = requireNonNull(http, "http");
        this.schedule = requireNonNull(schedule, "schedule");
        this.clock = requireNonNull(clock, "clock");
    }

    public Poll poll(FeedSource source) {
        Instant now = clock.instant();
        FetchedResponse response;
        try {
            response = http.get(URI.create(source.url()), validators(source));
        } catch (OutboundRequestException | IllegalArgumentException e) {
            return failed(source, now, e.getMessage(), Optional.empty());
        }
        int status = response.status();
        if (status == 304) {
            Headers headers = response.headers();
            FeedSource next = answered(source, now, maxAge(headers), headers.first("etag").or(source::etag),
                    headers.first("last-modified").or(source::lastModified));
            return new Poll(next, Optional.empty());
        }
        if (status == 429 || status == 503) {
            return failed(source, now, "%s answered %d".formatted(source.url(), status), retryAfter(response.headers(), now));
        }
        if (!response.isSuccess()) {
            return failed(source, now, "%s answered %d".formatted(source.url(), status), Optional.empty());
        }
        return read(source, now, response);
    }

    private Poll read(FeedSource source, Instant now, FetchedResponse response) {
        Optional<String> type = response.headers().first("content-type").map(t -> t.toLowerCase(Locale.ROOT).strip());
        if (type.isPresent() && !isFeedType(type.get())) {
            return failed(source, now, "%s is %s, not an RSS or Atom feed".formatted(response.uri(), type.get()),
                    Optional.empty());
        }
        Feed feed;
        try {
            feed = FeedParser.parse(response.body(), response.uri());
        } catch (ImportException e) {
            return failed(source, now, e.getMessage(), Optional.empty());
        }
        Optional<Duration> asked = maxAge(response.headers()).or(feed::ttl);
        FeedSource next = answered(source, now, asked, response.headers().first("etag"),
                response.headers().first("last-modified"));
        return new Poll(next, Optional.of(feed));
    }

    private FeedSource answered(FeedSource source, Instant now, Optional<Duration> asked, Optional<String> etag,
                                Optional<String> lastModified) {
        return new FeedSource(source.workspaceId(), source.channelId(), source.url(), etag, lastModified, Optional.of(now), schedule.afterAnswer(now, asked), Optional.empty(), 0, source.itemsSeen());
    }

    private Poll failed(FeedSource source, Instant now, String error, Optional<Duration> retryAfter) {
        int failures = source.failures() + 1;
        FeedSource next = new FeedSource(source.workspaceId(), source.channelId(), source.url(), source.etag(),
                source.lastModified(), Optional.of(now), schedule.afterFailure(now, failures, retryAfter),
                Optional.of(error), failures, source.itemsSeen());
        return new Poll(next, Optional.empty());
    }

    private static Headers validators(FeedSource source) {
        Headers headers = Headers.of("Accept", ACCEPT);
        if (source.etag().isPresent()) {
            headers = headers.with("If-None-Match", source.etag().get());
        }
        if (source.lastModified().isPresent()) {
            headers = headers.with("If-Modified-Since", source.lastModified().get());
        }
        return headers;
    }

    private static boolean isFeedType(String contentType) {
        String mediaType = contentType.contains(";") ? contentType.substring(0, contentType.indexOf(';')).strip() : contentType;
        return mediaType.endsWith("/xml") || mediaType.endsWith("+xml") || mediaType.equals("text/plain")
                || mediaType.equals("application/octet-stream") || mediaType.isEmpty();
    }

    private static Optional<Duration> maxAge(Headers headers) {
        return headers.combined("cache-control").map(MAX_AGE::matcher).filter(Matcher::find)
                .map(m -> Duration.ofSeconds(Long.parseLong(m.group(1))));
    }

    /** RFC 9110 §10.2.3: seconds, or an HTTP date. */
    private static Optional<Duration> retryAfter(Headers headers, Instant now) {
        return headers.first("retry-after").map(String::strip).flatMap(value -> value.chars().allMatch(Character::isDigit)
                && !value.isEmpty() && value.length() < 10
                ? Optional.of(Duration.ofSeconds(Long.parseLong(value)))
                : FeedDates.parse(value).map(at -> at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO));
    }
}
