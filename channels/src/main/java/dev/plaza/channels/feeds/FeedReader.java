package dev.plaza.channels.feeds;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.CommunityKind;
import dev.plaza.core.community.GoalMatcher;
import dev.plaza.core.community.Heard;
import dev.plaza.core.community.MatchReason;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.CommunityRef;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StreamBatch;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns a feed's items into what Plaza keeps: each item that belongs to the community by the goal
 * matcher's rule (its words, its categories as hashtags, or a link to the brand's own site) becomes a
 * post by its author, or by the feed when it names none, in the feed's community. Items are known by
 * {@link FeedItem#canonicalId()}, so an item heard in two polls is stored once; one without any id
 * cannot be and is passed over. An item without a readable date is dated when it was first heard.
 */
public final class FeedReader {

    /** What one poll's feed held and what of it Plaza kept; {@code newItems} are those newer than the last poll's newest. */
    public record Read(StreamBatch batch, int items, int matched, int newItems, long position) {
    }

    private final Supplier<GoalMatcher> matcher;

    /** {@code matcher} is asked once per feed read, so a goal changed in Settings applies from the next poll on. */
    public FeedReader(Supplier<GoalMatcher> matcher) {
        this.matcher = requireNonNull(matcher, "matcher");
    }

    /** The name under which the newest item time of a channel's feed is stored. */
    public static String streamName(long channelId) {
        return "feed:" + channelId;
    }

    /**
     * {@code position} is the newest item time (epoch milliseconds) of the polls before; the batch carries
     * the newest of those and this feed's, so it is stored with the items.
     */
    public Read read(long channelId, URI feedUrl, Feed feed, long position, Instant now) {
        GoalMatcher goal = matcher.get();
        Platform platform = platformOf(feedUrl);
        SeenIdentity feedIdentity = SeenIdentity.of(platform, feedUrl.toString(), feed.title(), feed.title(), feed.siteLink());
        CommunityRef community = new CommunityRef(platform, CommunityKind.FEED, feed.title(),
                Optional.of(feed.siteLink().orElse(feedUrl.toString())));
        Map<String, IncomingActivity> kept = new LinkedHashMap<>();
        Map<String, List<MatchReason>> reasons = new LinkedHashMap<>();
        Map<String, SeenIdentity> authors = new LinkedHashMap<>();
        long newest = position;
        int newItems = 0;
        for (FeedItem item : feed.items()) {
            Instant at = item.published().or(item::updated).orElse(now);
            if (at.toEpochMilli() > position) {
                newItems++;
                newest = Math.max(newest, at.toEpochMilli());
            }
            Optional<String> uri = item.canonicalId();
            Optional<List<MatchReason>> matched = uri.isEmpty() || kept.containsKey(uri.get())
                    ? Optional.empty() : goal.match(heard(item, feed));
            if (matched.isEmpty()) {
                continue;
            }
            reasons.put(uri.get(), matched.get());
            SeenIdentity author = author(item, platform, feedUrl).orElse(feedIdentity);
            authors.putIfAbsent(author.stableId(), author);
            kept.put(uri.get(), new IncomingActivity(uri.get(), ActivityKind.POST, author.key(), at, text(item),
                    feed.language(), Optional.empty(), Optional.empty(), item.link(), List.of(), Optional.of(community))
                    .orLanguage(MatchReason.detectedLanguage(matched.get())));
        }
        StreamBatch batch = new StreamBatch(streamName(channelId), Math.max(newest, 0),
                new IngestBatch(List.copyOf(authors.values()), List.copyOf(kept.values()), Optional.of(channelId)),
                List.of(), List.of(), reasons);
        return new Read(batch, feed.items().size(), kept.size(), newItems, Math.max(newest, 0));
    }

    private static Heard heard(FeedItem item, Feed feed) {
        List<Heard.Reference> references = new ArrayList<>();
        item.links().forEach(link -> BrandSites.account(link)
                .ifPresent(site -> references.add(new Heard.Reference(Heard.Pointing.MENTION, site))));
        return new Heard(item.title() + "\n" + item.text(), item.categories(), feed.language(), references);
    }

    /** An author with a URI is known by it; one with only a name, by the feed and the name. */
    private static Optional<SeenIdentity> author(FeedItem item, Platform platform, URI feedUrl) {
        if (item.authorUri().isPresent()) {
            String name = item.author().orElse(item.authorUri().get());
            return Optional.of(SeenIdentity.of(platform, item.authorUri().get(), name, name, item.authorUri()));
        }
        return item.author().map(name -> SeenIdentity.of(platform,
                feedUrl + "#author:" + URLEncoder.encode(name, StandardCharsets.UTF_8), name, name,
                Optional.empty()));
    }

    private static String text(FeedItem item) {
        String text = item.title().isEmpty() ? item.text() : item.text().isEmpty() ? item.title() : item.title() + "\n\n" + item.text();
        return text.length() <= Activity.MAX_TEXT ? text : text.substring(0, Activity.MAX_TEXT - 1) + "…";
    }

    /** YouTube's channel and playlist feeds are YouTube; every other feed is RSS, whatever its format. */
    static Platform platformOf(URI feedUrl) {
        String host = Optional.ofNullable(feedUrl.getHost()).orElse("").toLowerCase(java.util.Locale.ROOT);
        return host.equals("youtube.com") || host.endsWith(".youtube.com") ? Platform.YOUTUBE : Platform.RSS;
    }
}
