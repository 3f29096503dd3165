package dev.plaza.channels.feeds;

import static dev.plaza.channels.feeds.Elements.CONTENT;
import static dev.plaza.channels.feeds.Elements.DC;
import static dev.plaza.channels.feeds.Elements.RDF;

import dev.plaza.channels.mastodon.HtmlText;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.w3c.dom.Element;

/**
 * RSS 2.0 and RSS 1.0: the same items in different namespaces ({@code ns} is null for RSS 2.0). Both
 * carry HTML in {@code description} and, with the content module, the full post in
 * {@code content:encoded}; authors in {@code author} or {@code dc:creator}, dates in {@code pubDate}
 * (RFC 822) or {@code dc:date} (RFC 3339).
 */
final class RssFeeds {

    private RssFeeds() {
    }

    static Feed read(Feed.Format format, Element channel, List<Element> items, String ns, URI source) {
        String title = Elements.text(channel, ns, "title").map(HtmlText::of).orElse(source.getHost());
        Optional<String> site = Elements.text(channel, ns, "link").flatMap(link -> Elements.resolve(channel, link, source));
        Optional<String> language = Elements.text(channel, ns, "language").or(() -> Elements.text(channel, DC, "language"));
        Optional<Duration> ttl = Elements.text(channel, ns, "ttl").flatMap(RssFeeds::minutes);
        List<FeedItem> read = FeedParser.capped(items).stream().map(item -> item(item, ns, source)).toList();
        return new Feed(format, title, site, language, ttl, read);
    }

    private static FeedItem item(Element item, String ns, URI source) {
        Optional<Element> guid = Elements.child(item, ns, "guid");
        Optional<String> id = guid.flatMap(Elements::text).or(() -> Optional.of(item.getAttributeNS(RDF, "about").strip())
                .filter(about -> !about.isEmpty()));
        boolean declaredPermalink = guid.map(g -> !g.getAttribute("isPermaLink").strip().equalsIgnoreCase("false"))
                .orElse(true);
        boolean permalink = declaredPermalink && id.filter(RssFeeds::isAbsoluteWebUrl).isPresent();
        Optional<String> link = Elements.text(item, ns, "link").flatMap(l -> Elements.resolve(item, l, source))
                .or(() -> permalink ? id : Optional.empty());
        String html = Elements.text(item, CONTENT, "encoded").or(() -> Elements.text(item, ns, "description")).orElse("");
        List<String> links = new ArrayList<>();
        link.ifPresent(links::add);
        HtmlText.links(html).forEach(href -> Elements.resolve(item, href, source).ifPresent(links::add));
        List<String> categories = Stream.concat(Elements.children(item, ns, "category").stream(),
                Elements.children(item, DC, "subject").stream()).flatMap(c -> Elements.text(c).stream()).toList();
        return new FeedItem(id, permalink, link, Elements.text(item, ns, "title").map(HtmlText::of).orElse(""),
                HtmlText.of(html), Elements.text(item, DC, "creator").or(() -> Elements.text(item, ns, "author")),
                Optional.empty(), Elements.text(item, ns, "pubDate").or(() -> Elements.text(item, DC, "date"))
                        .flatMap(FeedDates::parse),
                Optional.empty(), categories, links);
    }

    /** RSS 2.0 §guid: a guid is a permalink unless it says otherwise, and only a URL can be one. */
    private static boolean isAbsoluteWebUrl(String id) {
        return id.startsWith("https://") || id.startsWith("http://");
    }

    /** RSS 2.0's ttl: minutes the feed may be cached; anything but a positive whole number is ignored. */
    private static Optional<Duration> minutes(String ttl) {
        try {
            long minutes = Long.parseLong(ttl);
            return minutes > 0 ? Optional.of(Duration.ofMinutes(Math.min(minutes, 60L * 24 * 365))) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
