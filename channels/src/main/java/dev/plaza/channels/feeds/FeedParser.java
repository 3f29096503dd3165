package dev.plaza.channels.feeds;

import static dev.plaza.channels.feeds.Elements.ATOM;
import static dev.plaza.channels.feeds.Elements.RDF;
import static dev.plaza.channels.feeds.Elements.RSS_1;

import dev.plaza.channels.ImportException;
import java.net.URI;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds, with the XML parser hardened ({@link SafeXml}).
 * Links are made absolute against the feed's URL and any xml:base, HTML becomes plain text, and
 * a feed with more than {@link #MAX_ITEMS} items is read to that many.
 */
public final class FeedParser {

    public static final int MAX_ITEMS = 500;

    private FeedParser() {
    }

    /** The feed in {@code xml}, fetched from {@code source} (after redirects: the base of its relative links). */
    public static Feed parse(byte[] xml, URI source) {
        Element root = SafeXml.parse(xml, source).getDocumentElement();
        String name = root.getLocalName();
        String namespace = root.getNamespaceURI();
        if ("rss".equals(name) && namespace == null) {
            Element channel = Elements.child(root, null, "channel").orElseThrow(() -> new ImportException(
                    "the RSS feed at %s has no <channel>".formatted(source)));
            return RssFeeds.read(Feed.Format.RSS_2, channel, Elements.children(channel, null, "item"), null, source);
        }
        if ("RDF".equals(name) && RDF.equals(namespace)) {
            Element channel = Elements.child(root, RSS_1, "channel").orElseThrow(() -> new ImportException(
                    "the RSS 1.0 feed at %s has no <channel>".formatted(source)));
            return RssFeeds.read(Feed.Format.RSS_1, channel, Elements.children(root, RSS_1, "item"), RSS_1, source);
        }
        if ("feed".equals(name) && ATOM.equals(namespace)) {
            return AtomFeeds.read(root, source);
        }
        throw new ImportException("%s is not an RSS or Atom feed: its root element is <%s>%s".formatted(source,
                root.getTagName(), namespace == null ? "" : " in namespace " + namespace));
    }

    static <T> List<T> capped(List<T> items) {
        return items.size() <= MAX_ITEMS ? items : items.subList(0, MAX_ITEMS);
    }
}
