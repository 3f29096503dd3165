package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.net.FetchedResponse;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.Headers;
import dev.plaza.net.OutboundRequestException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One instance's API over the guarded client: JSON in and out, the bearer token, pacing by the
 * instance's rate limit, 429 retried after Retry-After, and every other failure one
 * {@link MastodonApiException} that says what the instance answered to which request.
 */
final class ApiHttp {

    /** What an answer was: its JSON and its headers (for Link). */
    record Answer(JsonNode json, Headers headers, URI uri) {
    }

    private static final int MAX_ERROR_TEXT = 300;

    private final GuardedHttpClient http;
    private final Instance instance;
    private final Optional<String> token;
    private final Pacer pacer;

    ApiHttp(GuardedHttpClient http, Instance instance, Optional<String> token, Pacer pacer) {
        this.http = requireNonNull(http, "http");
        this.instance = requireNonNull(instance, "instance");
        this.token = requireNonNull(token, "token");
        this.pacer = requireNonNull(pacer, "pacer");
    }

    Instance instance() {
        return instance;
    }

    Pacer pacer() {
        return pacer;
    }

    Answer get(String pathAndQuery) {
        return send("GET", instance.resolve(pathAndQuery), Optional.empty(), Headers.empty());
    }

    Answer post(String path, JsonNode body, Headers extra) {
        return send("POST", instance.resolve(path), Optional.of(body), extra);
    }

    private Answer send(String method, URI uri, Optional<JsonNode> body, Headers extra) {
        String request = method + " " + uri;
        for (int attempt = 0; ; attempt++) {
            pacer.beforeRequest(request);
            FetchedResponse response = exchange(method, uri, body, extra, request);
            RateLimit.from(response.headers()).ifPresent(pacer::answered);
            if (response.status() == 429 && attempt < pacer.retriesAfter429()) {
                pacer.pause(request, retryAfter(response.headers(), pacer.clock().instant()), "it answered 429 Too Many Requests");
                continue;
            }
            if (!response.isSuccess()) {
                throw failed(request, response);
            }
            return new Answer(Json.parse(request, response.body()), response.headers(), response.uri());
        }
    }

    private FetchedResponse exchange(String method, URI uri, Optional<JsonNode> body, Headers extra, String request) {
        Headers headers = extra.with("Accept", "application/json");
        if (token.isPresent()) {
            headers = headers.with("Authorization", "Bearer " + token.get());
        }
        try {
            if (method.equals("GET")) {
                return http.get(uri, headers);
            }
            return http.post(uri, headers.with("Content-Type", "application/json"), Json.bytes(body.orElseThrow()));
        } catch (OutboundRequestException e) {
            throw new MastodonApiException(request, OptionalInt.empty(), "%s failed: %s".formatted(request, e.getMessage()), e);
        }
    }

    /** Mastodon docs, "Error" entity: {@code {"error": "…", "error_description": "…"}}; anything else is quoted briefly. */
    private static MastodonApiException failed(String request, FetchedResponse response) {
        String said;
        try {
            JsonNode json = Json.MAPPER.readTree(response.body());
            said = json == null ? "" : Json.text(json, "error").map(error -> Json.text(json, "error_description")
                    .map(description -> error + " (" + description + ")").orElse(error)).orElse("");
        } catch (java.io.IOException e) {
            said = "";
        }
        if (said.isEmpty()) {
            said = new String(response.body(), StandardCharsets.UTF_8).strip();
            said = said.isEmpty() ? "no explanation" : "\"" + MastodonIds.abbreviated(said.replaceAll("\\s+", " ")) + "\"";
        }
        said = said.length() <= MAX_ERROR_TEXT ? said : said.substring(0, MAX_ERROR_TEXT) + "…";
        return new MastodonApiException(request, OptionalInt.of(response.status()),
                "%s: the instance answered %d %s: %s".formatted(request, response.status(), meaning(response.status()), said));
    }

    private static String meaning(int status) {
        return switch (status) {
            case 401 -> "(the access token is missing, expired or revoked; connect the account again)";
            case 403 -> "(forbidden for this token)";
            case 404 -> "(not found)";
            case 410 -> "(gone)";
            case 422 -> "(refused as invalid)";
            case 429 -> "(too many requests, still after retrying)";
            default -> status >= 500 ? "(the instance failed; try again later)" : "";
        };
    }

    /** RFC 9110 §10.2.3: seconds, or an HTTP date; without one, a minute. */
    static Duration retryAfter(Headers headers, Instant now) {
        Optional<String> value = headers.first("retry-after").map(String::strip);
        if (value.isEmpty()) {
            return Duration.ofMinutes(1);
        }
        if (value.get().matches("[0-9]{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value.get()));
        }
        try {
            Instant at = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException e) {
            return Duration.ofMinutes(1);
        }
    }
}
