package dev.plaza.channels.feeds;

import static dev.plaza.channels.feeds.Elements.ATOM;
import static dev.plaza.channels.feeds.Elements.MEDIA;

import dev.plaza.channels.mastodon.HtmlText;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Atom 1.0 (RFC 4287): text constructs of type text, html or xhtml, the alternate link, authors with
 * names and URIs, and RFC 3339 dates. YouTube's channel feeds are Atom whose entries keep their
 * description in {@code media:group/media:description} (Media RSS).
 */
final class AtomFeeds {

    private AtomFeeds() {
    }

    static Feed read(Element feed, URI source) {
        String title = Elements.child(feed, ATOM, "title").map(AtomFeeds::text).filter(t -> !t.isEmpty())
                .orElse(source.getHost());
        Optional<String> site = alternate(feed, source);
        Optional<String> language = Optional.of(feed.getAttribute("xml:lang").strip()).filter(l -> !l.isEmpty());
        List<FeedItem> items = FeedParser.capped(Elements.children(feed, ATOM, "entry")).stream()
                .map(entry -> entry(entry, feed, source)).toList();
        return new Feed(Feed.Format.ATOM, title, site, language, Optional.empty(), items);
    }

    private static FeedItem entry(Element entry, Element feed, URI source) {
        Optional<String> link = alternate(entry, source);
        Optional<Element> content = Elements.child(entry, ATOM, "content").or(() -> Elements.child(entry, ATOM, "summary"));
        String text = content.map(AtomFeeds::text).filter(t -> !t.isEmpty())
                .or(() -> Elements.child(entry, MEDIA, "group").flatMap(g -> Elements.text(g, MEDIA, "description")))
                .orElse("");
        List<String> links = new ArrayList<>();
        link.ifPresent(links::add);
        content.filter(c -> c.getAttribute("type").equals("html"))
                .ifPresent(c -> HtmlText.links(c.getTextContent()).forEach(href -> Elements.resolve(c, href, source)
                        .ifPresent(links::add)));
        Optional<Element> author = Elements.child(entry, ATOM, "author").or(() -> Elements.child(feed, ATOM, "author"));
        List<String> categories = Elements.children(entry, ATOM, "category").stream()
                .flatMap(c -> Elements.attribute(c, "term").stream()).toList();
        return new FeedItem(Elements.text(entry, ATOM, "id"), true, link,
                Elements.child(entry, ATOM, "title").map(AtomFeeds::text).orElse(""), text,
                author.flatMap(a -> Elements.text(a, ATOM, "name")),
                author.flatMap(a -> Elements.text(a, ATOM, "uri")).flatMap(uri -> Elements.resolve(entry, uri, source)),
                Elements.text(entry, ATOM, "published").flatMap(FeedDates::parse),
                Elements.text(entry, ATOM, "updated").flatMap(FeedDates::parse), categories, links);
    }

    /** RFC 4287 §3.1: html is escaped HTML, xhtml a div of markup, anything else plain text. */
    private static String text(Element construct) {
        return switch (construct.getAttribute("type").strip()) {
            case "html" -> HtmlText.of(construct.getTextContent());
            case "xhtml" -> construct.getTextContent().strip().replaceAll("\\s+", " ");
            default -> construct.getTextContent().strip();
        };
    }

    /** The link with rel="alternate" (the default when rel is absent), made absolute. */
    private static Optional<String> alternate(Element parent, URI source) {
        return Elements.children(parent, ATOM, "link").stream()
                .filter(link -> link.getAttribute("rel").isBlank() || link.getAttribute("rel").strip().equals("alternate"))
                .flatMap(link -> Elements.attribute(link, "href").flatMap(href -> Elements.resolve(link, href, source)).stream())
                .findFirst();
    }
}
