package dev.plaza.channels.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.owasp.html.HtmlSanitizer;

/**
 * The targets of a page's {@code <a rel="me" href>} and {@code <link rel="me" href>}, read with
 * OWASP's HTML lexer (which decodes entities and lower-cases names). {@code rel} is a set of
 * space-separated, case-insensitive tokens (HTML Living Standard, "link types").
 */
final class RelMeLinks {

    private RelMeLinks() {
    }

    static List<String> of(String html) {
        Collector collector = new Collector();
        HtmlSanitizer.sanitize(html, collector);
        return List.copyOf(collector.hrefs);
    }

    private static final class Collector implements HtmlSanitizer.Policy {

        private final List<String> hrefs = new ArrayList<>();

        @Override
        public void openTag(String element, List<String> attributes) {
            if (!element.equals("a") && !element.equals("link")) {
                return;
            }
            String rel = "";
            String href = "";
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                switch (attributes.get(i).toLowerCase(Locale.ROOT)) {
                    case "rel" -> rel = attributes.get(i + 1);
                    case "href" -> href = attributes.get(i + 1).strip();
                    default -> { }
                }
            }
            boolean me = Arrays.stream(rel.split("[ \\t\\n\\f\\r]+")).anyMatch(t -> t.equalsIgnoreCase("me"));
            if (me && !href.isEmpty()) {
                hrefs.add(href);
            }
        }

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void closeTag(String element) {
        }

        @Override
        public void text(String chunk) {
        }
    }
}
