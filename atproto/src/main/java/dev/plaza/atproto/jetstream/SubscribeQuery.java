package dev.plaza.atproto.jetstream;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The path and query of a Jetstream connection: /subscribe with a parameter repeated for each wanted value. */
final class SubscribeQuery {

    static final String PATH = "/subscribe";

    private SubscribeQuery() {
    }

    static String of(JetstreamFilter filter, Optional<Long> cursor, boolean compress) {
        List<String> pairs = new ArrayList<>();
        filter.wantedCollections().forEach(collection -> pairs.add(pair("wantedCollections", collection)));
        filter.wantedDids().forEach(did -> pairs.add(pair("wantedDids", did.value())));
        cursor.ifPresent(timeUs -> pairs.add(pair("cursor", timeUs.toString())));
        if (compress) {
            pairs.add(pair("compress", "true"));
        }
        filter.maxMessageSizeBytes().ifPresent(size -> pairs.add(pair("maxMessageSizeBytes", size.toString())));
        return pairs.isEmpty() ? PATH : PATH + "?" + String.join("&", pairs);
    }

    private static String pair(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
