package dev.plaza.atproto.xrpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback stand-in for a PDS's session methods, dating the JWTs it issues by the test's clock and
 * answering as the reference PDS does (400 ExpiredToken for an expired or revoked token), plus
 * dev.plaza.test.echo, which answers what it received, and dev.plaza.test.fail, which answers {@link #failWith}.
 */
final class FakePds implements AutoCloseable {

    static final String DID = "did:plc:abcdefghijklmnopqrstuvwx";
    static final String HANDLE = "brand.test";
    static final String APP_PASSWORD = "abcd-efgh-ijkl-mnop";
    static final Duration ACCESS_LIFETIME = Duration.ofHours(2);
    static final Duration REFRESH_LIFETIME = Duration.ofDays(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What dev.plaza.test.fail answers. */
    record Failure(int status, Map<String, String> headers, String body) {
    }

    /** A request as the server saw it. */
    record Seen(String method, String path, Optional<String> rawQuery, String protocol, Map<String, List<String>> headers,
                byte[] body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Clock clock;
    private final AtomicInteger serial = new AtomicInteger();
    private final Set<String> liveRefreshTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> issuedAccessTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> rejectedAccessTokens = ConcurrentHashMap.newKeySet();
    final AtomicInteger logins = new AtomicInteger();
    final AtomicInteger refreshes = new AtomicInteger();
    final AtomicInteger authorizedCalls = new AtomicInteger();
    final List<Seen> seen = new CopyOnWriteArrayList<>();
    volatile Duration refreshDelay = Duration.ZERO;
    volatile boolean rejectEveryAccessToken;
    volatile Failure failure = new Failure(500, Map.of(), "");

    FakePds(Clock clock) {
        this.clock = clock;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/xrpc/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void failWith(int status, Map<String, String> headers, String body) {
        failure = new Failure(status, headers, body);
    }

    /** The PDS stops taking every access token it issued so far, as if it had revoked them. */
    void rejectIssuedAccessTokens() {
        rejectedAccessTokens.addAll(issuedAccessTokens);
    }

    /** The PDS forgets every refresh token it issued so far, as com.atproto.server.deleteSession does for one. */
    void revokeRefreshTokens() {
        liveRefreshTokens.clear();
    }

    long requestsTo(String nsid) {
        return seen.stream().filter(s -> s.path().equals("/xrpc/" + nsid)).count();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            seen.add(new Seen(exchange.getRequestMethod(), path, Optional.ofNullable(exchange.getRequestURI().getRawQuery()),
                    exchange.getProtocol(), Map.copyOf(exchange.getRequestHeaders()), body));
            Optional<String> bearer = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"))
                    .filter(value -> value.startsWith("Bearer ")).map(value -> value.substring("Bearer ".length()));
            switch (path.substring("/xrpc/".length())) {
                case "com.atproto.server.createSession" -> createSession(exchange, JSON.readTree(body));
                case "com.atproto.server.refreshSession" -> refreshSession(exchange, bearer);
                case "com.atproto.server.deleteSession" -> {
                    bearer.ifPresent(liveRefreshTokens::remove);
                    send(exchange, 200, Map.of(), "");
                }
                case "com.atproto.server.getSession" -> getSession(exchange, bearer);
                case "dev.plaza.test.echo" -> echo(exchange, body);
                case "dev.plaza.test.fail" -> send(exchange, failure.status(), failure.headers(), failure.body());
                default -> error(exchange, 501, "MethodNotImplemented", "Method Not Implemented");
            }
        }
    }

    private void createSession(HttpExchange exchange, JsonNode input) throws IOException {
        String identifier = input.path("identifier").asText();
        if ((!identifier.equals(HANDLE) && !identifier.equals(DID)) || !input.path("password").asText().equals(APP_PASSWORD)) {
            error(exchange, 401, "AuthenticationRequired", "Invalid identifier or password");
            return;
        }
        logins.incrementAndGet();
        sendSession(exchange);
    }

    private void refreshSession(HttpExchange exchange, Optional<String> bearer) throws IOException {
        sleep(refreshDelay);
        if (bearer.isEmpty() || isExpired(bearer.get()) || !liveRefreshTokens.remove(bearer.get())) {
            error(exchange, 400, "ExpiredToken", "Token has been revoked");
            return;
        }
        refreshes.incrementAndGet();
        sendSession(exchange);
    }

    private void getSession(HttpExchange exchange, Optional<String> bearer) throws IOException {
        if (bearer.isEmpty() || !issuedAccessTokens.contains(bearer.get())) {
            error(exchange, 400, "InvalidToken", "Token could not be verified");
        } else if (rejectEveryAccessToken || rejectedAccessTokens.contains(bearer.get()) || isExpired(bearer.get())) {
            error(exchange, 400, "ExpiredToken", "Token has expired");
        } else {
            authorizedCalls.incrementAndGet();
            send(exchange, 200, Map.of(), JSON.createObjectNode().put("did", DID).put("handle", HANDLE).toString());
        }
    }

    private void echo(HttpExchange exchange, byte[] body) throws IOException {
        ObjectNode answer = JSON.createObjectNode()
                .put("method", exchange.getRequestMethod())
                .put("contentType", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")))
                .put("body", Base64.getEncoder().encodeToString(body));
        send(exchange, 200, Map.of("Content-Type", "application/json"), answer.toString());
    }

    private void sendSession(HttpExchange exchange) throws IOException {
        Instant now = clock.instant();
        String access = jwt("com.atproto.appPass", now, ACCESS_LIFETIME);
        String refresh = jwt("com.atproto.refresh", now, REFRESH_LIFETIME);
        issuedAccessTokens.add(access);
        liveRefreshTokens.add(refresh);
        send(exchange, 200, Map.of("Content-Type", "application/json"), JSON.createObjectNode()
                .put("did", DID).put("handle", HANDLE).put("accessJwt", access).put("refreshJwt", refresh)
                .put("active", true).toString());
    }

    private String jwt(String scope, Instant issued, Duration lifetime) {
        ObjectNode claims = JSON.createObjectNode().put("scope", scope).put("sub", DID)
                .put("iat", issued.getEpochSecond()).put("exp", issued.plus(lifetime).getEpochSecond())
                .put("jti", "t" + serial.incrementAndGet());
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    private boolean isExpired(String token) {
        Optional<Instant> expiry = Jwt.of(token).expiresAt();
        return expiry.isEmpty() || !clock.instant().isBefore(expiry.get());
    }

    private static void error(HttpExchange exchange, int status, String name, String message) throws IOException {
        send(exchange, status, Map.of("Content-Type", "application/json"),
                JSON.createObjectNode().put("error", name).put("message", message).toString());
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
