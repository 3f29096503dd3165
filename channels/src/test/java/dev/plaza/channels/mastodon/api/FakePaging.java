package dev.plaza.channels.mastodon.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mastodon's paging, as {@link FakeMastodon} serves it (Mastodon docs, "Paginating through API responses"): newest
 * first; {@code max_id} for older items, {@code min_id} for the items just newer; a Link header with rel="next"
 * (max_id: the page's oldest) and rel="prev" (min_id: the page's newest).
 */
final class FakePaging {

    private FakePaging() {
    }

    static List<ObjectNode> select(List<ObjectNode> all, Map<String, String> params, int size) {
        List<ObjectNode> sorted = all.stream().sorted(Comparator.comparingLong(FakePaging::id).reversed()).toList();
        if (params.containsKey("min_id")) {
            long min = Long.parseLong(params.get("min_id"));
            List<ObjectNode> newer = sorted.stream().filter(s -> id(s) > min).toList();
            return newer.subList(Math.max(0, newer.size() - size), newer.size());
        }
        long max = params.containsKey("max_id") ? Long.parseLong(params.get("max_id")) : Long.MAX_VALUE;
        return sorted.stream().filter(s -> id(s) < max).limit(size).toList();
    }

    /** {@code base} ends in '?' or '&', ready for the cursor parameters. */
    static Optional<String> link(String base, int size, List<ObjectNode> page) {
        if (page.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("<%slimit=%d&max_id=%d>; rel=\"next\", <%slimit=%d&min_id=%d>; rel=\"prev\""
                .formatted(base, size, id(page.getLast()), base, size, id(page.getFirst())));
    }

    static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    static long id(JsonNode node) {
        return Long.parseLong(node.path("id").asText());
    }
}
