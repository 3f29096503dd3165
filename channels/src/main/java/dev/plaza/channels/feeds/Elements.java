package dev.plaza.channels.feeds;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading a feed's DOM: children by namespace and name, their text, and links resolved against xml:base. */
final class Elements {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String RSS_1 = "http://purl.org/rss/1.0/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String MEDIA = "http://search.yahoo.com/mrss/";
    static final String YOUTUBE = "http://www.youtube.com/xml/schemas/2015";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private Elements() {
    }

    /** Child elements named {@code local} in {@code namespace} (null: no namespace, as in RSS 2.0). */
    static List<Element> children(Element parent, String namespace, String local) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && local.equals(element.getLocalName())
                    && Objects.equals(namespace, element.getNamespaceURI())) {
                found.add(element);
            }
        }
        return found;
    }

    static Optional<Element> child(Element parent, String namespace, String local) {
        return children(parent, namespace, local).stream().findFirst();
    }

    /** The child's text, stripped; empty when there is no such child or it holds only whitespace. */
    static Optional<String> text(Element parent, String namespace, String local) {
        return child(parent, namespace, local).flatMap(Elements::text);
    }

    static Optional<String> text(Element element) {
        String text = element.getTextContent().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    static Optional<String> attribute(Element element, String name) {
        String value = element.getAttribute(name).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** {@code reference} made absolute against the xml:base in scope at {@code at}, itself against {@code feed}. */
    static Optional<String> resolve(Element at, String reference, URI feed) {
        try {
            URI resolved = base(at, feed).resolve(reference.strip());
            String scheme = resolved.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    ? Optional.of(resolved.toString()) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static URI base(Element at, URI feed) {
        List<String> bases = new ArrayList<>();
        for (Node node = at; node instanceof Element element; node = node.getParentNode()) {
            String base = element.getAttributeNS(XML, "base").strip();
            if (!base.isEmpty()) {
                bases.addFirst(base);
            }
        }
        URI base = feed;
        for (String each : bases) {
            base = base.resolve(each);
        }
        return base;
    }
}
