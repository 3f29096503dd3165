package dev.plaza.web.federation;

import dev.plaza.net.Headers;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A servlet request as signatures see it: the URI the sender addressed and every header. */
final class SignedRequests {

    private SignedRequests() {
    }

    /** The URI as the sender addressed it: what RFC 9421 signs (@authority, @target-uri). */
    static URI target(HttpServletRequest req, String scheme) {
        String host = Optional.ofNullable(req.getHeader("Host")).orElse(req.getServerName() + ":" + req.getServerPort());
        String query = req.getQueryString();
        return URI.create(scheme + "://" + host + req.getRequestURI() + (query == null ? "" : "?" + query));
    }

    static Headers headers(HttpServletRequest req) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            map.put(name, new ArrayList<>(Collections.list(req.getHeaders(name))));
        }
        return Headers.of(map);
    }
}
