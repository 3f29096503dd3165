package dev.plaza.web.api;

import dev.plaza.core.search.ActivityHit;
import dev.plaza.core.search.Snippet;
import java.util.List;

/**
 * A found activity: the activity, its author, how well it matched, and the snippet both as
 * fragments (text, and whether it matched) and as HTML: escaped text with matches in mark elements.
 */
record SearchHitJson(ActivityJson activity, IdentityJson author, float rank, List<FragmentJson> snippet,
        String snippetHtml) {

    record FragmentJson(String text, boolean match) {
    }

    static SearchHitJson of(ActivityHit hit) {
        return new SearchHitJson(ActivityJson.of(hit.activity()), IdentityJson.of(hit.author()), hit.rank(),
                hit.snippet().fragments().stream().map(f -> new FragmentJson(f.text(), f.match())).toList(),
                html(hit.snippet()));
    }

    private static String html(Snippet snippet) {
        StringBuilder html = new StringBuilder();
        for (Snippet.Fragment f : snippet.fragments()) {
            html.append(f.match() ? "<mark>" + escape(f.text()) + "</mark>" : escape(f.text()));
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
