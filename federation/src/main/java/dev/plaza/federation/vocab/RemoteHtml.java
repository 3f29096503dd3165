package dev.plaza.federation.vocab;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

/**
 * HTML from other servers, made safe to show: the markup Mastodon-compatible servers use for
 * posts and profiles, nothing that runs, styles or loads.
 */
public final class RemoteHtml {

    // Mastodon's mention and link-shortening markup; any other class could pick up Plaza's own styles.
    private static final Set<String> CLASSES = Set.of("h-card", "mention", "hashtag", "invisible", "ellipsis");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "span", "strong", "em", "b", "i", "u", "code", "pre", "blockquote", "ul", "ol", "li")
            .allowElements(RemoteHtml::openApart, "a")
            .allowWithoutAttributes("span")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("class").matching((element, attribute, value) -> knownClasses(value)).onElements("span", "a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer", "ugc")
            .toFactory();

    private RemoteHtml() {
    }

    /** Safe HTML for display; markup outside the allowed set is dropped, its text kept. */
    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** The text a reader sees, for storage and search: paragraphs and line breaks become newlines. */
    public static String plainText(String html) {
        return textOfSanitized(sanitize(html));
    }

    /**
     * {@link #plainText} of HTML that {@link #sanitize} already made safe, such as a parsed post's
     * content: the inbox takes the text of every post, and sanitizing it a second time was a
     * fifth of its work.
     */
    public static String textOfSanitized(String safeHtml) {
        PlainText text = new PlainText();
        HtmlSanitizer.sanitize(safeHtml, text);
        return text.result();
    }

    /** The targets of the links in HTML that {@link #sanitize} already made safe, decoded: a profile field's website. */
    public static List<String> linksOfSanitized(String safeHtml) {
        LinkTargets links = new LinkTargets();
        HtmlSanitizer.sanitize(safeHtml, links);
        return links.result();
    }

    // A link that lost its href (javascript:, data:) is no link: keep its text only.
    private static String openApart(String element, List<String> attributes) {
        boolean hasHref = false;
        for (int i = 0; i < attributes.size(); i += 2) {
            hasHref |= attributes.get(i).equals("href");
        }
        if (!hasHref) {
            return null;
        }
        attributes.add("target");
        attributes.add("_blank");
        return element;
    }

    private static String knownClasses(String value) {
        List<String> kept = WHITESPACE.splitAsStream(value.strip()).filter(CLASSES::contains).toList();
        return kept.isEmpty() ? null : kept.stream().collect(Collectors.joining(" "));
    }
}
