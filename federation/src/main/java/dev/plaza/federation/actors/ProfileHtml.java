package dev.plaza.federation.actors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A profile's plain text as the HTML other servers show, the way Mastodon writes bios and field
 * values: the text escaped, http(s) links made links that open apart and carry {@code rel="me"}
 * (which lets servers verify that a linked site names this account back). Nothing the team typed
 * ever becomes markup.
 */
public final class ProfileHtml {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+");
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}'\"";

    private ProfileHtml() {
    }

    /** A bio: blank lines make paragraphs, line breaks stay; empty text stays empty. */
    public static String paragraphs(String text) {
        String plain = text.strip().replace("\r\n", "\n");
        if (plain.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : plain.split("\n\\s*\n")) {
            html.append("<p>").append(inline(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }

    /** A field value: one line of text with its links. */
    public static String inline(String text) {
        StringBuilder html = new StringBuilder();
        Matcher m = URL.matcher(text);
        int at = 0;
        while (m.find()) {
            String url = m.group();
            int end = url.length();
            while (end > 0 && TRAILING_PUNCTUATION.indexOf(url.charAt(end - 1)) >= 0) {
                end--;
            }
            String target = url.substring(0, end);
            html.append(escape(text.substring(at, m.start())))
                    .append(target.endsWith("//") ? escape(target) : link(target));
            at = m.start() + end;
        }
        return html.append(escape(text.substring(at))).toString();
    }

    private static String link(String url) {
        return "<a href=\"" + escape(url) + "\" rel=\"me nofollow noopener noreferrer\" target=\"_blank\">"
                + escape(url.replaceFirst("^https?://", "")) + "</a>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
