package dev.plaza.federation.vocab;

import java.util.List;
import java.util.Optional;

/**
 * {@code url}, {@code icon} and {@code image} come as a string, a Link, an Image whose url is
 * either, or an array of those. Plaza keeps one: the HTML page when a Link says which one it is.
 */
final class Urls {

    private Urls() {
    }

    static Optional<String> page(Node url) {
        List<Node> candidates = url.elements();
        return candidates.stream().filter(Urls::isHtmlLink).findFirst()
                .or(() -> candidates.stream().findFirst())
                .map(Urls::href);
    }

    static Optional<String> image(Node icon) {
        return icon.first().flatMap(first -> first.json().isObject() ? page(first.field("url")) : Optional.of(first.iriValue()));
    }

    static Optional<Link> link(Node node) {
        if (!node.json().isObject()) {
            return Optional.empty();
        }
        return Optional.of(new Link(node.field("href").iriValue(), node.text("mediaType"), node.text("name")));
    }

    private static boolean isHtmlLink(Node candidate) {
        return candidate.json().isObject() && candidate.text("mediaType").filter(type -> type.startsWith("text/html")).isPresent();
    }

    private static String href(Node candidate) {
        return candidate.json().isObject() ? candidate.field("href").iriValue() : candidate.iriValue();
    }
}
