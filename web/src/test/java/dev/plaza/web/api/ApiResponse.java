package dev.plaza.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** What the server answered: status, headers and the body parsed as JSON. */
record ApiResponse(String method, String path, int status, HttpHeaders headers, JsonNode json) {

    String message() {
        return json.path("error").path("message").asText();
    }

    @Override
    public String toString() {
        return "%s %s → %d %s".formatted(method, path, status, json);
    }
}
