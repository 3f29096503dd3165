package dev.plaza.atproto.xrpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.net.FetchedResponse;
import dev.plaza.net.Headers;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads an XRPC response: its JSON output on success, an {@link XrpcException} otherwise. */
final class XrpcResponses {

    private static final int SHOWN_BODY = 200;

    private XrpcResponses() {
    }

    static JsonNode output(ObjectMapper json, String nsid, URI service, FetchedResponse response, Instant receivedAt) {
        if (!response.isSuccess()) {
            throw error(json, nsid, service, response, receivedAt);
        }
        if (response.body().length == 0) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AtprotoException("%s at %s answered %d with a body that is not JSON: %s"
                    .formatted(nsid, service, response.status(), shown(response)), e);
        }
    }

    static XrpcException error(ObjectMapper json, String nsid, URI service, FetchedResponse response, Instant receivedAt) {
        Optional<JsonNode> body = errorBody(json, response);
        Optional<String> name = body.flatMap(b -> text(b, "error"));
        Optional<String> message = body.isPresent()
                ? body.flatMap(b -> text(b, "message"))
                : Optional.of(shown(response)).filter(s -> !s.isBlank());
        return new XrpcException(nsid, service, response.status(), name, message, RateLimit.from(response.headers()),
                retryAfter(response.headers(), receivedAt), receivedAt);
    }

    /** Retry-After as delay-seconds or an HTTP-date (RFC 9110 §10.2.3); a date in the past is no delay. */
    static Optional<Duration> retryAfter(Headers headers, Instant receivedAt) {
        Optional<String> value = headers.first("retry-after").map(String::strip);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.get()))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(at.isAfter(receivedAt) ? Duration.between(receivedAt, at) : Duration.ZERO);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static Optional<JsonNode> errorBody(ObjectMapper json, FetchedResponse response) {
        try {
            JsonNode body = json.readTree(response.body());
            return body != null && body.isObject() ? Optional.of(body) : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode body, String field) {
        JsonNode value = body.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static String shown(FetchedResponse response) {
        String text = response.bodyText().strip();
        return text.length() <= SHOWN_BODY ? text : text.substring(0, SHOWN_BODY) + "…";
    }
}
