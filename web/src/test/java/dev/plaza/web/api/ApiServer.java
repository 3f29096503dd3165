package dev.plaza.web.api;

import dev.plaza.core.PlazaException;
import dev.plaza.core.Store;
import dev.plaza.web.Route;
import dev.plaza.web.WebServer;
import dev.plaza.web.federation.FederationSettings;
import dev.plaza.web.WebSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

/**
 * Plaza's real web server on a random loopback port, and clients of its API. The contract the
 * clients check every response against is the OpenAPI document the server itself serves.
 */
final class ApiServer implements AutoCloseable {

    private final WebServer web;
    private final OpenApiContract contract;

    private ApiServer(Store store) {
        this.web = new WebServer(store, WebSettings.forTests(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                (workspaceId, file, progress) -> {
                    throw new PlazaException("the API tests import no archives");
                }, FederationSettings.forLoopbackTests()).start();
        this.contract = new OpenApiContract(fetchDocument());
    }

    static ApiServer start(Store store) {
        return new ApiServer(store);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + web.port();
    }

    OpenApiContract contract() {
        return contract;
    }

    /** The server's routes under {@code /api/}. */
    List<Route> apiRoutes() {
        return web.routes().stream().filter(r -> r.path().startsWith("/api/")).toList();
    }

    ApiClient client(String token) {
        return new ApiClient(baseUrl(), Optional.of(token), contract);
    }

    ApiClient anonymous() {
        return new ApiClient(baseUrl(), Optional.empty(), contract);
    }

    @Override
    public void close() {
        web.close();
    }

    private String fetchDocument() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + Api.OPENAPI)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the server does not serve its OpenAPI document: " + response);
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("could not fetch the OpenAPI document", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
