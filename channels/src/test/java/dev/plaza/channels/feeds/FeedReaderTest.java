package dev.plaza.channels.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.channels.language.ProfileLanguageDetector;
import dev.plaza.core.community.Goal;
import dev.plaza.core.community.GoalMatcher;
import dev.plaza.core.community.MatchReason;
import dev.plaza.core.ingest.IncomingActivity;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The language a feed's items are kept in. */
class FeedReaderTest {

    private static final ProfileLanguageDetector DETECTOR = ProfileLanguageDetector.loadBuiltIn();
    private static final Goal GERMAN_REPAIRS = new Goal(1, "", List.of("repair café"), List.of(), List.of("de"), List.of());
    private static final URI FEED = URI.create("https://blog.example/feed.xml");
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private final FeedReader reader = new FeedReader(() -> GoalMatcher.of(GERMAN_REPAIRS, Set.of(), DETECTOR));

    @Test
    void itemsOfAFeedThatDeclaresNoLanguageAreKeptInTheDetectedOne() {
        FeedReader.Read read = reader.read(7, FEED, feed(Optional.empty(),
                item("a", "Unser Repair Café im Nachbarschaftshaus hat heute wieder viele Toaster und Lampen gerettet."),
                item("b", "Our repair café at the community centre saved a lot of toasters and lamps again today.")), 0, NOW);

        assertThat(read.items()).isEqualTo(2);
        assertThat(read.batch().batch().activities()).extracting(IncomingActivity::uri, IncomingActivity::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("https://blog.example/a", Optional.of("de")));
        assertThat(read.batch().reasons().get("https://blog.example/a"))
                .contains(new MatchReason(MatchReason.Kind.LANGUAGE_DETECTED, "de"));
    }

    @Test
    void aFeedsDeclaredLanguageWinsOverDetection() {
        FeedReader.Read read = reader.read(7, FEED, feed(Optional.of("de-DE"),
                item("b", "Our repair café at the community centre saved a lot of toasters and lamps again today.")), 0, NOW);

        assertThat(read.batch().batch().activities()).extracting(IncomingActivity::language).containsExactly(Optional.of("de-DE"));
        assertThat(read.batch().reasons().get("https://blog.example/b"))
                .containsExactly(new MatchReason(MatchReason.Kind.KEYWORD, "repair café"));
    }

    private static Feed feed(Optional<String> language, FeedItem... items) {
        return new Feed(Feed.Format.RSS_2, "Blog", Optional.of("https://blog.example/"), language, Optional.empty(), List.of(items));
    }

    private static FeedItem item(String slug, String text) {
        return new FeedItem(Optional.empty(), false, Optional.of("https://blog.example/" + slug), "", text, Optional.empty(),
                Optional.empty(), Optional.of(NOW), Optional.empty(), List.of(), List.of());
    }
}
