package dev.plaza.atproto.moving;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.net.FetchedResponse;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.Headers;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The binary sync queries (com.atproto.sync.getRepo, getBlob) over Plaza's guarded client, which
 * {@link dev.plaza.atproto.xrpc.XrpcClient} reads only as JSON. Both are public for an active
 * account, so no token is sent. The guarded client reads each body whole, within its own size limit.
 */
final class SyncFetch {

    static final String GET_REPO = "com.atproto.sync.getRepo";
    static final String GET_BLOB = "com.atproto.sync.getBlob";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN_BODY = 200;

    private final GuardedHttpClient http;

    SyncFetch(GuardedHttpClient http) {
        this.http = requireNonNull(http, "http");
    }

    /** The response to a successful GET of {@code nsid}; an error status fails with what the PDS said. */
    FetchedResponse get(URI service, String nsid, Map<String, String> params) {
        String query = params.entrySet().stream()
                .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&"));
        FetchedResponse response = http.get(service.resolve("/xrpc/" + nsid + "?" + query), Headers.of("Accept", "*/*"));
        if (!response.isSuccess()) {
            JsonNode body = errorBody(response);
            String error = body.path("error").asText("");
            String message = body.path("message").asText(body.isEmpty() ? shown(response) : "");
            throw new Failure(response.status(), error, "%s at %s answered %d%s%s".formatted(nsid, service,
                    response.status(), error.isEmpty() ? "" : " " + error, message.isEmpty() ? "" : ": " + message));
        }
        return response;
    }

    /** An error status, with the error's name when the PDS gave one (atproto HTTP API spec). */
    static final class Failure extends AtprotoException {
        private final int status;
        private final String error;

        Failure(int status, String error, String message) {
            super(message);
            this.status = status;
            this.error = error;
        }

        /** Whether the PDS does not have what was asked for. */
        boolean isNotFound() {
            return status == 404 || error.endsWith("NotFound");
        }
    }

    private static JsonNode errorBody(FetchedResponse response) {
        try {
            JsonNode body = JSON.readTree(response.body());
            return body != null && body.isObject() ? body : JSON.createObjectNode();
        } catch (IOException notJson) {
            return JSON.createObjectNode();
        }
    }

    private static String shown(FetchedResponse response) {
        String text = response.bodyText().strip();
        return text.length() <= SHOWN_BODY ? text : text.substring(0, SHOWN_BODY) + "…";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
