package dev.plaza.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/**
 * A client of the API as a user's script would be: one bearer token (or none), real HTTP. Every
 * JSON response it gets is checked against the OpenAPI document before the test sees it.
 */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final Optional<String> token;
    private final OpenApiContract contract;

    ApiClient(String baseUrl, Optional<String> token, OpenApiContract contract) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.contract = contract;
    }

    ApiClient withToken(String secret) {
        return new ApiClient(baseUrl, Optional.of(secret), contract);
    }

    ApiClient anonymous() {
        return new ApiClient(baseUrl, Optional.empty(), contract);
    }

    ApiResponse get(String path) {
        return send("GET", path, HttpRequest.BodyPublishers.noBody());
    }

    ApiResponse post(String path, String body) {
        return send("POST", path, HttpRequest.BodyPublishers.ofString(body));
    }

    ApiResponse patch(String path, String body) {
        return send("PATCH", path, HttpRequest.BodyPublishers.ofString(body));
    }

    /**
     * A PUT whose body is raw bytes of the given type, as an image upload is. It asks to continue
     * first, as curl does for large bodies: a body over the limit is refused before it is sent, and
     * the refusal is read rather than lost to a connection closed mid-upload.
     */
    ApiResponse put(String path, byte[] body, String contentType) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .expectContinue(true).header("Content-Type", contentType);
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return check("PUT", path, exchange(request.build()));
    }

    ApiResponse delete(String path) {
        return send("DELETE", path, HttpRequest.BodyPublishers.noBody());
    }

    /** Sends without checking the answer against the document: for the document itself. */
    HttpResponse<String> raw(String path) {
        return exchange(request("GET", path, HttpRequest.BodyPublishers.noBody()));
    }

    private ApiResponse send(String method, String path, HttpRequest.BodyPublisher body) {
        return check(method, path, exchange(request(method, path, body)));
    }

    private ApiResponse check(String method, String path, HttpResponse<String> response) {
        JsonNode json;
        try {
            json = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("%s %s answered %d with a body that is not JSON: %s"
                    .formatted(method, path, response.statusCode(), response.body()), e);
        }
        var answer = new ApiResponse(method, path, response.statusCode(), response.headers(), json);
        contract.check(answer, response.headers().firstValue("Content-Type").orElse(""));
        return answer;
    }

    private HttpRequest request(String method, String path, HttpRequest.BodyPublisher body) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method, body);
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        if (!method.equals("GET")) {
            request.header("Content-Type", "application/json");
        }
        return request.build();
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
