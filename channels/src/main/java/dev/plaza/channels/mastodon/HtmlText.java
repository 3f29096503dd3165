package dev.plaza.channels.mastodon;

import dev.plaza.core.activity.Activity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.HtmlSanitizer;

/**
 * Remote HTML (a Note's {@code content}) as plain text: OWASP's lexer decodes it, only text is kept,
 * and line breaks and paragraphs become newlines. No markup of the original survives.
 */
public final class HtmlText {

    private static final Set<String> DROPPED = Set.of("script", "style", "template", "noscript", "iframe", "object",
            "svg", "math", "textarea", "select", "title", "head");
    private static final Set<String> PARAGRAPHS = Set.of("p", "blockquote", "pre", "ul", "ol", "h1", "h2", "h3",
            "h4", "h5", "h6", "table");
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\r\\n\\f]+");
    private static final Set<String> LINES = Set.of("div", "li", "tr", "dt", "dd", "hr");

    private HtmlText() {
    }

    public static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        TextCollector text = new TextCollector();
        HtmlSanitizer.sanitize(html, text);
        String plain = text.result();
        return plain.length() <= Activity.MAX_TEXT ? plain : plain.substring(0, Activity.MAX_TEXT - 1) + "…";
    }

    /** The targets of the HTML's links ({@code <a href>}), as written, in order. */
    public static List<String> links(String html) {
        if (html == null || html.isEmpty()) {
            return List.of();
        }
        TextCollector collector = new TextCollector();
        HtmlSanitizer.sanitize(html, collector);
        return List.copyOf(collector.links);
    }

    private static final class TextCollector implements HtmlSanitizer.Policy {

        private final StringBuilder out = new StringBuilder();
        private final List<String> links = new ArrayList<>();
        private int dropped;
        private int preformatted;
        private String pendingBreak = "";

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String element, List<String> attributes) {
            if (element.equals("a")) {
                link(attributes);
            }
            if (DROPPED.contains(element)) {
                dropped++;
            } else if (element.equals("br")) {
                out.append('\n');
                pendingBreak = "";
            } else if (PARAGRAPHS.contains(element)) {
                breakBefore("\n\n");
                preformatted += element.equals("pre") ? 1 : 0;
            } else if (LINES.contains(element)) {
                breakBefore("\n");
            }
        }

        @Override
        public void closeTag(String element) {
            if (DROPPED.contains(element)) {
                dropped = Math.max(0, dropped - 1);
            } else if (PARAGRAPHS.contains(element)) {
                breakBefore("\n\n");
                preformatted -= element.equals("pre") && preformatted > 0 ? 1 : 0;
            } else if (LINES.contains(element)) {
                breakBefore("\n");
            }
        }

        @Override
        public void text(String chunk) {
            if (dropped > 0) {
                return;
            }
            String text = preformatted > 0 ? chunk : WHITESPACE.matcher(chunk).replaceAll(" ");
            if (text.isEmpty() || (text.equals(" ") && (out.isEmpty() || endsWithSpace()))) {
                return;
            }
            if (!out.isEmpty() && !pendingBreak.isEmpty()) {
                trimTrailingSpaces();
                out.append(pendingBreak);
                if (preformatted == 0) {
                    text = text.stripLeading();
                }
            }
            if (preformatted == 0 && !out.isEmpty() && endsWithSpace() && text.startsWith(" ")) {
                text = text.substring(1);
            }
            pendingBreak = "";
            out.append(text);
        }

        private void link(List<String> attributes) {
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                if (attributes.get(i).equals("href")) {
                    links.add(attributes.get(i + 1));
                }
            }
        }

        private void breakBefore(String separator) {
            if (separator.length() > pendingBreak.length()) {
                pendingBreak = separator;
            }
        }

        private boolean endsWithSpace() {
            return Character.isWhitespace(out.charAt(out.length() - 1));
        }

        private void trimTrailingSpaces() {
            while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
        }

        String result() {
            return out.toString().strip();
        }
    }
}
