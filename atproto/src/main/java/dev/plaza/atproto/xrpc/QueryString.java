package dev.plaza.atproto.xrpc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A query's parameters as the atproto HTTP API spec sends them: percent-encoded UTF-8, an array as
 * the same name repeated, an empty Optional left out, anything else by its string form.
 */
final class QueryString {

    private QueryString() {
    }

    static String of(Map<String, ?> params) {
        List<String> pairs = new ArrayList<>();
        params.forEach((name, value) -> values(value).forEach(v -> pairs.add(encode(name) + "=" + encode(v))));
        return String.join("&", pairs);
    }

    private static List<String> values(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(QueryString::values).orElse(List.of());
        }
        if (value instanceof Iterable<?> many) {
            List<String> values = new ArrayList<>();
            many.forEach(one -> values.addAll(values(one)));
            return values;
        }
        return List.of(String.valueOf(value));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
