package dev.plaza.atproto.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Plain XRPC calls over the JDK's HttpClient, for tests that drive the peer before Plaza has an XRPC client.
 * HTTP/1.1 only: the PDS drops a connection that asks to upgrade to anything but a subscription, and the
 * JDK's default HTTP/2 client asks to upgrade to h2c.
 */
final class Xrpc {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    private final URI service;

    Xrpc(URI service) {
        this.service = service;
    }

    /** A procedure (POST with a JSON body); answers its JSON output, or {} when it has none. */
    JsonNode procedure(String nsid, Map<String, ?> input, Optional<String> accessToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.resolve("/xrpc/" + nsid))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(input)));
        return send(nsid, request, accessToken);
    }

    /** A procedure that takes no input (POST without a body: the PDS refuses one where none is expected). */
    JsonNode procedure(String nsid, Optional<String> accessToken) {
        return send(nsid, HttpRequest.newBuilder(service.resolve("/xrpc/" + nsid)).POST(HttpRequest.BodyPublishers.noBody()),
                accessToken);
    }

    /** A query (GET with its parameters in the query string). */
    JsonNode query(String nsid, Map<String, String> params, Optional<String> accessToken) {
        String query = params.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(nsid, HttpRequest.newBuilder(service.resolve("/xrpc/" + nsid + (query.isEmpty() ? "" : "?" + query))).GET(),
                accessToken);
    }

    /** GET of any JSON document at {@code path} of the service, e.g. a DID document from the PLC directory. */
    JsonNode getJson(String path) {
        return send(path, HttpRequest.newBuilder(service.resolve(path)).GET(), Optional.empty());
    }

    private JsonNode send(String what, HttpRequest.Builder request, Optional<String> accessToken) {
        accessToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        request.timeout(TIMEOUT);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AtprotoPeerException("%s at %s answered %d: %s".formatted(what, service, response.statusCode(), response.body()));
            }
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AtprotoPeerException("%s at %s failed: %s".formatted(what, service, e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AtprotoPeerException("interrupted during " + what, e);
        }
    }

    private static byte[] bytes(Map<String, ?> input) {
        try {
            return JSON.writeValueAsBytes(input);
        } catch (IOException e) {
            throw new AtprotoPeerException("could not write the XRPC input " + input + " as JSON", e);
        }
    }
}
