package dev.plaza.federation.outbox;

import dev.plaza.core.publishing.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the team typed into the HTML other servers show, the way Mastodon writes it: blank
 * lines make paragraphs, line breaks stay, links, {@code @user@host} mentions and {@code #hashtags}
 * become links, and everything else is escaped text.
 */
final class Composer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?<url>https?://[^\\s<>\"']+)"
                    + "|(?<![\\p{L}\\p{N}_@/.])@(?<user>[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*)(?:@(?<host>[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*(?::\\d{1,5})?))?"
                    + "|(?<![\\p{L}\\p{N}_#/&])#(?<tag>[\\p{L}\\p{N}_]*[\\p{L}_][\\p{L}\\p{N}_]*)");
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}'\"";

    private final String localHost;
    private final String tagBase;
    private final Function<String, Mention> resolve;

    /**
     * @param localHost the host of this Plaza's handles, for {@code @user} without a host
     * @param tagBase   where hashtags link to, e.g. {@code https://brand.example/tags/}
     * @param resolve   finds the actor of a handle {@code @user@host}; throws when there is none
     */
    Composer(String localHost, String tagBase, Function<String, Mention> resolve) {
        this.localHost = localHost.toLowerCase(Locale.ROOT);
        this.tagBase = tagBase;
        this.resolve = resolve;
    }

    ComposedText compose(String text) {
        Map<String, Mention> mentions = new LinkedHashMap<>();
        Map<String, String> hashtags = new LinkedHashMap<>();
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.strip().replace("\r\n", "\n").split("\n\\s*\n")) {
            paragraphs.add("<p>" + paragraph(paragraph.strip(), mentions, hashtags).replace("\n", "<br>") + "</p>");
        }
        return new ComposedText(String.join("", paragraphs), List.copyOf(mentions.values()), List.copyOf(hashtags.values()));
    }

    private String paragraph(String text, Map<String, Mention> mentions, Map<String, String> hashtags) {
        StringBuilder html = new StringBuilder();
        Matcher m = TOKEN.matcher(text);
        int at = 0;
        while (m.find()) {
            html.append(escape(text.substring(at, m.start())));
            String trailing = "";
            if (m.group("url") != null) {
                String url = m.group("url");
                int end = url.length();
                while (end > 0 && TRAILING_PUNCTUATION.indexOf(url.charAt(end - 1)) >= 0) {
                    end--;
                }
                trailing = url.substring(end);
                html.append(link(url.substring(0, end)));
            } else if (m.group("user") != null) {
                String rawUser = m.group("user");
                String rawHost = m.group("host");
                String user = rawHost == null ? trimDots(rawUser) : rawUser;
                String host = rawHost == null ? localHost : trimDots(rawHost).toLowerCase(Locale.ROOT);
                trailing = rawHost == null ? rawUser.substring(user.length()) : rawHost.substring(trimDots(rawHost).length());
                String handle = "@" + user + "@" + host;
                if (rawHost == null && user.contains(".")) {
                    // a Bluesky handle (@name.bsky.social): no username on this server has a dot, so it stays text
                    html.append(escape("@" + user));
                } else {
                    Mention mention = mentions.computeIfAbsent(handle.toLowerCase(Locale.ROOT), key -> resolve.apply(handle));
                    html.append("<span class=\"h-card\" translate=\"no\"><a href=\"").append(escape(mention.actorUri()))
                            .append("\" class=\"u-url mention\">@<span>").append(escape(user)).append("</span></a></span>");
                }
            } else {
                String tag = m.group("tag");
                hashtags.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
                html.append("<a href=\"").append(escape(tagBase + tag.toLowerCase(Locale.ROOT)))
                        .append("\" class=\"mention hashtag\" rel=\"tag\">#<span>").append(escape(tag)).append("</span></a>");
            }
            html.append(escape(trailing));
            at = m.end();
        }
        return html.append(escape(text.substring(at))).toString();
    }

    /** A sentence's full stop after a handle belongs to the sentence: "thanks @ana@social.example." */
    private static String trimDots(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String link(String url) {
        String shown = url.replaceFirst("^https?://", "");
        return "<a href=\"" + escape(url) + "\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">"
                + escape(shown) + "</a>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
