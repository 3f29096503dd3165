package dev.plaza.channels.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.channels.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    static byte[] fixture(String name) {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Feed parse(String name, String url) {
        return FeedParser.parse(fixture(name), URI.create(url));
    }

    @Test
    void readsABlogsRss2FeedWithFullContentAndRelativeLinks() {
        Feed feed = parse("blog-rss2.xml", "https://garden.example/feed.xml");

        assertThat(feed.format()).isEqualTo(Feed.Format.RSS_2);
        assertThat(feed.title()).isEqualTo("Garden Notes");
        assertThat(feed.siteLink()).contains("https://garden.example/");
        assertThat(feed.language()).contains("en-GB");
        assertThat(feed.ttl()).contains(Duration.ofMinutes(120));
        assertThat(feed.items()).hasSize(2);
        FeedItem swap = feed.items().getFirst();
        assertThat(swap.canonicalId()).contains("https://garden.example/2026/11/seed-swap");
        assertThat(swap.link()).contains("https://garden.example/2026/11/seed-swap");
        assertThat(swap.author()).contains("Ana Lima");
        assertThat(swap.published()).contains(Instant.parse("2026-11-03T07:30:00Z"));
        assertThat(swap.categories()).containsExactly("events", "#Compost");
        assertThat(swap.text()).isEqualTo("Bring seeds & cuttings.\n\nWe meet at the usual place. Thanks to our sponsor.");
        assertThat(swap.links()).containsExactly("https://garden.example/2026/11/seed-swap", "https://garden.example/map",
                "https://www.plaza-brand.example/sponsors");
    }

    @Test
    void aGuidThatIsNoPermalinkGivesWayToTheLink() {
        FeedItem note = parse("blog-rss2.xml", "https://garden.example/feed.xml").items().get(1);

        assertThat(note.id()).contains("post-4711");
        assertThat(note.idIsCanonical()).isFalse();
        assertThat(note.canonicalId()).contains("https://garden.example/2026/10/note");
        assertThat(note.text()).isEqualTo("Nothing about plants here.");
        assertThat(note.author()).contains("editor@garden.example (The Editor)");
        assertThat(note.published()).as("RFC 822 with a two-digit year, no seconds and a zone name")
                .contains(Instant.parse("2026-11-02T22:05:00Z"));
    }

    @Test
    void readsAnAtomFeedWithXmlBaseTextConstructsAndFeedLevelAuthor() {
        Feed feed = parse("news-atom.xml", "https://news.example/blog/atom.xml");

        assertThat(feed.format()).isEqualTo(Feed.Format.ATOM);
        assertThat(feed.title()).isEqualTo("Compost News");
        assertThat(feed.siteLink()).contains("https://news.example/blog/");
        assertThat(feed.language()).contains("en");
        FeedItem worms = feed.items().getFirst();
        assertThat(worms.canonicalId()).contains("tag:news.example,2026:worms");
        assertThat(worms.link()).contains("https://news.example/blog/posts/worms");
        assertThat(worms.title()).isEqualTo("Worms <3 compost");
        assertThat(worms.text()).isEqualTo("Why worms love compost.");
        assertThat(worms.categories()).containsExactly("compost", "soil");
        assertThat(worms.published()).contains(Instant.parse("2026-11-04T07:15:00Z"));
        assertThat(worms.updated()).contains(Instant.parse("2026-11-04T09:20:00Z"));
        assertThat(worms.author()).contains("News Desk");
        assertThat(worms.authorUri()).contains("https://news.example/about");
        FeedItem xhtml = feed.items().get(1);
        assertThat(xhtml.text()).isEqualTo("Some bold words.");
        assertThat(xhtml.author()).contains("Bo");
        assertThat(xhtml.published()).isEmpty();
    }

    @Test
    void readsAYoutubeChannelFeedWithItsMediaDescription() {
        Feed feed = parse("youtube-channel.xml", "https://www.youtube.com/feeds/videos.xml?channel_id=UCabc123");

        assertThat(feed.title()).isEqualTo("Compost Channel");
        assertThat(feed.items()).hasSize(1);
        FeedItem video = feed.items().getFirst();
        assertThat(video.canonicalId()).contains("yt:video:vid00000001");
        assertThat(video.link()).contains("https://www.youtube.com/watch?v=vid00000001");
        assertThat(video.text()).isEqualTo("How to keep a compost pile warm when it freezes outside.");
        assertThat(video.authorUri()).contains("https://www.youtube.com/channel/UCabc123");
        assertThat(FeedReader.platformOf(URI.create("https://www.youtube.com/feeds/videos.xml?channel_id=UCabc123")))
                .isEqualTo(dev.plaza.core.community.Platform.YOUTUBE);
    }

    @Test
    void readsAnRss1RdfFeedWithDublinCore() {
        Feed feed = parse("rss1-rdf.xml", "https://forum.example/rss");

        assertThat(feed.format()).isEqualTo(Feed.Format.RSS_1);
        assertThat(feed.language()).contains("de");
        FeedItem thread = feed.items().getFirst();
        assertThat(thread.canonicalId()).contains("https://forum.example/t/42");
        assertThat(thread.author()).contains("gaertner7");
        assertThat(thread.published()).contains(Instant.parse("2026-11-02T06:30:00Z"));
        assertThat(thread.categories()).containsExactly("kompost");
        assertThat(thread.text()).isEqualTo("Wie haltet ihr den Kompost warm?");
    }

    @Test
    void unreadableDatesAreEmptyAndLooseOnesAreRead() {
        Feed feed = parse("broken-dates.xml", "https://dates.example/rss");

        assertThat(feed.items()).extracting(FeedItem::published).containsExactly(Optional.empty(), Optional.empty(),
                Optional.of(Instant.parse("2026-11-02T10:00:00Z")), Optional.empty());
    }

    @Test
    void refusesAnExternalEntityWithAClearMessage() {
        assertThatThrownBy(() -> parse("xxe.xml", "https://evil.example/rss"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("https://evil.example/rss declares a DTD")
                .hasMessageNotContaining("root:");
    }

    @Test
    void refusesEntityExpansion() {
        assertThatThrownBy(() -> parse("billion-laughs.xml", "https://evil.example/rss"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("declares a DTD");
    }

    @Test
    void refusesAFeedOverTheSizeLimitBeforeParsingIt() {
        String item = "<item><title>x</title><link>https://big.example/x</link></item>";
        String big = "<rss version=\"2.0\"><channel><title>Big</title>" + item.repeat(SafeXml.MAX_BYTES / item.length() + 1)
                + "</channel></rss>";

        assertThatThrownBy(() -> FeedParser.parse(big.getBytes(StandardCharsets.UTF_8), URI.create("https://big.example/rss")))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("Plaza reads feeds of up to %d bytes".formatted(SafeXml.MAX_BYTES));
    }

    @Test
    void readsAtMostTheItemLimit() {
        String item = "<item><title>x</title><link>https://many.example/x</link></item>";
        String many = "<rss version=\"2.0\"><channel><title>Many</title>" + item.repeat(FeedParser.MAX_ITEMS + 20)
                + "</channel></rss>";

        assertThat(FeedParser.parse(many.getBytes(StandardCharsets.UTF_8), URI.create("https://many.example/rss")).items())
                .hasSize(FeedParser.MAX_ITEMS);
    }

    @Test
    void refusesADocumentThatIsNoFeed() {
        assertThatThrownBy(() -> FeedParser.parse("<html><body/></html>".getBytes(StandardCharsets.UTF_8),
                URI.create("https://site.example/")))
                .isInstanceOf(ImportException.class)
                .hasMessage("https://site.example/ is not an RSS or Atom feed: its root element is <html>");
    }
}
