package dev.plaza.channels.mastodon.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.ValidationMessage;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Mastodon-compatible instance on 127.0.0.1 for one test: OAuth with PKCE, timelines and notifications paged
 * with Link headers, rate-limit headers (and 429 once the limit is spent), idempotent posting, Server-Sent Event
 * streams, and scripted failures. Every JSON body it sends, and every request body it receives, is checked
 * against Plaza's contract; {@link #violations()} lists what did not conform.
 */
public final class FakeMastodon implements AutoCloseable {

    public static final String TOKEN = "token-of-the-brand";

    /** One request as the fake received it. */
    public record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {
        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    /** A scripted answer for the next request to a path: checked against the contract unless {@code raw}. */
    public record Scripted(int status, Map<String, String> headers, byte[] body, boolean raw) {
    }

    /** What the next stream connection does: refuse with a status, or send these events and end. */
    public record StreamScript(int refuseWith, List<String> chunks, boolean thenSilent) {
        public static StreamScript refused(int status) {
            return new StreamScript(status, List.of(), false);
        }

        /** The same events, and then the connection stays open and says nothing more. */
        public StreamScript thenSilence() {
            return new StreamScript(refuseWith, chunks, true);
        }
    }

    private final HttpServer server;
    private final TestClock clock;
    private final MastodonContract contract;
    private final GuardedHttpClient http;
    private final List<ObjectNode> statuses = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> notifications = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Scripted>> scripted = new ConcurrentHashMap<>();
    private final Deque<StreamScript> streams = new ConcurrentLinkedDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final FakeOAuth oauth = new FakeOAuth();
    private final Map<String, ObjectNode> byIdempotencyKey = new ConcurrentHashMap<>();
    private final AtomicInteger created = new AtomicInteger();
    private final List<String> checked = new CopyOnWriteArrayList<>();
    private final AtomicInteger streamConnections = new AtomicInteger();
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
    private volatile ObjectNode brand;
    private volatile int limit = 300;
    private volatile int remaining = 300;
    private volatile Instant reset;
    private volatile Duration window = Duration.ofMinutes(5);
    private volatile Optional<String> streamingUrl = Optional.empty();

    public FakeMastodon(TestClock clock, MastodonContract contract) {
        this(clock, contract, GuardSettings.forLoopbackTests());
    }

    public FakeMastodon(TestClock clock, MastodonContract contract, GuardSettings guard) {
        this.clock = clock;
        this.contract = contract;
        this.reset = clock.instant().plus(window);
        this.http = new GuardedHttpClient(guard);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
        brand = Fixtures.localAccount("1", "plaza", origin());
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public Instance instance() {
        return Instance.parse(origin(), GuardSettings.forLoopbackTests());
    }

    public GuardedHttpClient http() {
        return http;
    }

    public MastodonClient client() {
        return new MastodonClient(http, instance(), new AccessToken(TOKEN, Scopes.READ_WRITE, Optional.empty()), clock.pacer());
    }

    public ObjectNode brand() {
        return brand;
    }

    public void timeline(ObjectNode status) {
        statuses.add(status);
    }

    public void notify(ObjectNode notification) {
        notifications.add(notification);
    }

    public void rateLimit(int perWindow, Duration length) {
        limit = perWindow;
        remaining = perWindow;
        window = length;
        reset = clock.instant().plus(length);
    }

    public void streamingAt(String url) {
        streamingUrl = Optional.of(url);
    }

    public void answerNext(String path, Scripted answer) {
        scripted.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).add(answer);
    }

    public void answerNext(String path, int status, String json) {
        answerNext(path, new Scripted(status, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8), false));
    }

    public void stream(StreamScript script) {
        streams.add(script);
    }

    /** The chunks of a stream that sends these events, each data line of {@code data} as its own {@code data:} line. */
    public StreamScript events(Object... typesAndData) {
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < typesAndData.length; i += 2) {
            String type = (String) typesAndData[i];
            Object data = typesAndData[i + 1];
            if (type.startsWith(":")) {
                chunks.add(type + "\n");
                i--;
                continue;
            }
            String text = data instanceof JsonNode json ? pretty(json) : (String) data;
            checkEvent(type, data);
            StringBuilder event = new StringBuilder("event: ").append(type).append('\n');
            text.lines().forEach(line -> event.append("data: ").append(line).append('\n'));
            chunks.add(event.append('\n').toString());
        }
        return new StreamScript(0, chunks, false);
    }

    /** A code the person got by approving Plaza on the authorize page, bound to the PKCE challenge of its URL. */
    public String approve(String codeChallenge) {
        return oauth.approve(codeChallenge);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    /** What the fake checked against the contract: each body it sent or received, each event it streamed. */
    public List<String> checked() {
        return List.copyOf(checked);
    }

    public int created() {
        return created.get();
    }

    public int streamConnections() {
        return streamConnections.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getRawPath();
            String query = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
            Received request = new Received(exchange.getRequestMethod(), path, query, Map.copyOf(exchange.getRequestHeaders()), body);
            received.add(request);
            Deque<Scripted> queue = scripted.get(path);
            Scripted next = queue == null ? null : queue.poll();
            if (next != null) {
                if (!next.raw()) {
                    check(next.status() < 400 ? null : "Error", next.body(), path);
                }
                send(exchange, next.status(), next.headers(), next.body());
                return;
            }
            route(exchange, request);
        } catch (RuntimeException e) {
            violations.add("the fake failed on " + exchange.getRequestURI() + ": " + e);
            throw e;
        }
    }

    private void route(HttpExchange exchange, Received request) throws IOException {
        String path = request.path();
        if (path.equals("/api/v1/apps")) {
            checkRequest("AppRegistrationRequest", request.body());
            answer(exchange, oauth.register(Fixtures.JSON.readTree(request.body())));
        } else if (path.equals("/oauth/token")) {
            checkRequest("TokenRequest", request.body());
            answer(exchange, oauth.token(Fixtures.JSON.readTree(request.body()), TOKEN, clock.instant()));
        } else if (path.equals("/api/v2/instance")) {
            ObjectNode instance = Fixtures.JSON.createObjectNode().put("domain", "127.0.0.1").put("title", "Fake")
                    .put("version", "4.3.0").put("source_url", "https://github.com/mastodon/mastodon");
            ObjectNode urls = instance.putObject("configuration").putObject("urls");
            streamingUrl.ifPresent(url -> urls.put("streaming", url));
            json(exchange, 200, "InstanceV2", instance, Map.of());
        } else if (!request.header("Authorization").orElse("").equals("Bearer " + TOKEN)) {
            error(exchange, 401, "The access token is invalid");
        } else if (path.startsWith("/api/v1/streaming/")) {
            stream(exchange);
        } else if (!withinRateLimit(exchange)) {
            return;
        } else if (path.equals("/api/v1/accounts/verify_credentials")) {
            json(exchange, 200, "Account", brand, rateHeaders());
        } else if (path.equals("/api/v1/timelines/home")) {
            page(exchange, request, statuses, "StatusList");
        } else if (path.startsWith("/api/v1/timelines/tag/")) {
            String tag = URLDecoder.decode(path.substring("/api/v1/timelines/tag/".length()), StandardCharsets.UTF_8);
            page(exchange, request, statuses.stream().filter(s -> hasTag(s, tag)).toList(), "StatusList");
        } else if (path.equals("/api/v1/notifications")) {
            boolean mentionsOnly = request.query().contains("types%5B%5D=mention") || request.query().contains("types[]=mention");
            page(exchange, request, notifications.stream()
                    .filter(n -> !mentionsOnly || n.path("type").asText().equals("mention")).toList(), "NotificationList");
        } else if (path.startsWith("/api/v1/statuses/") && request.method().equals("GET")) {
            String id = path.substring("/api/v1/statuses/".length());
            Optional<ObjectNode> status = statuses.stream().filter(s -> s.path("id").asText().equals(id)).findFirst();
            if (status.isPresent()) {
                json(exchange, 200, "Status", status.get(), rateHeaders());
            } else {
                error(exchange, 404, "Record not found");
            }
        } else if (path.equals("/api/v2/search")) {
            search(exchange, request);
        } else if (path.equals("/api/v1/statuses") && request.method().equals("POST")) {
            checkRequest("StatusRequest", request.body());
            post(exchange, request);
        } else {
            error(exchange, 404, "Not found: " + path);
        }
    }

    /** Resolves only statuses it holds, by their uri: as an instance that already fetched them. */
    private void search(HttpExchange exchange, Received request) throws IOException {
        Map<String, String> params = FakePaging.params(request.query());
        String q = params.getOrDefault("q", "");
        ObjectNode results = Fixtures.JSON.createObjectNode();
        results.putArray("accounts");
        results.putArray("hashtags");
        ArrayNode found = results.putArray("statuses");
        if (params.getOrDefault("type", "statuses").equals("statuses")) {
            statuses.stream().filter(s -> s.path("uri").asText().equals(q)).limit(1).forEach(found::add);
        }
        json(exchange, 200, "SearchResults", results, rateHeaders());
    }

    private void post(HttpExchange exchange, Received request) throws IOException {
        String key = request.header("Idempotency-Key").orElse("");
        JsonNode asked = Fixtures.JSON.readTree(request.body());
        ObjectNode status = key.isEmpty() ? null : byIdempotencyKey.get(key);
        if (status == null) {
            String id = Long.toString(110_000_000_000_000_000L + created.incrementAndGet());
            status = Fixtures.status(id, brand, "<p>" + asked.path("status").asText() + "</p>");
            status.put("visibility", asked.path("visibility").asText("public"));
            if (asked.has("in_reply_to_id")) {
                status.put("in_reply_to_id", asked.path("in_reply_to_id").asText());
                status.put("in_reply_to_account_id", "2");
            }
            if (!key.isEmpty()) {
                byIdempotencyKey.put(key, status);
            }
        }
        json(exchange, 200, "Status", status, rateHeaders());
    }

    private boolean withinRateLimit(HttpExchange exchange) throws IOException {
        Instant now = clock.instant();
        if (!now.isBefore(reset)) {
            remaining = limit;
            reset = now.plus(window);
        }
        if (remaining <= 0) {
            Map<String, String> headers = new LinkedHashMap<>(rateHeaders());
            headers.put("Retry-After", Long.toString(Duration.between(now, reset).toSeconds()));
            json(exchange, 429, "Error", Fixtures.JSON.createObjectNode().put("error", "Too many requests"), headers);
            return false;
        }
        remaining--;
        return true;
    }

    private Map<String, String> rateHeaders() {
        return Map.of("X-RateLimit-Limit", Integer.toString(limit), "X-RateLimit-Remaining", Integer.toString(remaining),
                "X-RateLimit-Reset", reset.toString().replace("Z", ".000Z"));
    }

    private void page(HttpExchange exchange, Received request, List<ObjectNode> all, String definition) throws IOException {
        Map<String, String> params = FakePaging.params(request.query());
        int size = Integer.parseInt(params.getOrDefault("limit", "20"));
        List<ObjectNode> page = FakePaging.select(all, params, size);
        ArrayNode body = Fixtures.JSON.createArrayNode();
        page.forEach(body::add);
        Map<String, String> headers = new LinkedHashMap<>(rateHeaders());
        String base = origin() + request.path() + (request.path().equals("/api/v1/notifications") ? "?types%5B%5D=mention&" : "?");
        FakePaging.link(base, size, page).ifPresent(link -> headers.put("Link", link));
        json(exchange, 200, definition, body, headers);
    }

    private void stream(HttpExchange exchange) throws IOException {
        streamConnections.incrementAndGet();
        StreamScript script = streams.poll();
        if (script == null || script.refuseWith() != 0) {
            int status = script == null ? 503 : script.refuseWith();
            send(exchange, status, Map.of("Content-Type", "text/plain"), "Streaming is unavailable".getBytes(StandardCharsets.UTF_8));
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (String chunk : script.chunks()) {
            out.write(chunk.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        if (script.thenSilent()) {
            try {
                closed.await(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        out.close();
    }

    private void checkEvent(String type, Object data) {
        JsonNode json = data instanceof JsonNode node ? node : new TextNode((String) data);
        switch (type) {
            case "update", "status.update" -> note("the " + type + " event", contract.problems("Status", json));
            case "notification" -> note("the notification event", contract.problems("Notification", json));
            case "delete" -> note("the delete event", contract.problems("StreamDeletePayload", json));
            default -> { }
        }
    }

    private void checkRequest(String definition, String body) {
        try {
            note("the request body " + body, contract.problems(definition, Fixtures.JSON.readTree(body)));
        } catch (IOException e) {
            violations.add("a request body is not JSON: " + body);
        }
    }

    private void check(String definition, byte[] body, String path) throws IOException {
        if (definition != null) {
            note(path, contract.problems(definition, Fixtures.JSON.readTree(body)));
        }
    }

    private void note(String what, Set<ValidationMessage> problems) {
        checked.add(what);
        if (!problems.isEmpty()) {
            violations.add(what + ": " + problems);
        }
    }

    private void error(HttpExchange exchange, int status, String error) throws IOException {
        json(exchange, status, "Error", Fixtures.JSON.createObjectNode().put("error", error), Map.of());
    }

    private void answer(HttpExchange exchange, FakeOAuth.Answer answer) throws IOException {
        json(exchange, answer.status(), answer.definition(), answer.body(), Map.of());
    }

    private void json(HttpExchange exchange, int status, String definition, JsonNode body, Map<String, String> headers)
            throws IOException {
        note(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " answering " + definition,
                contract.problems(definition, body));
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "application/json; charset=utf-8");
        send(exchange, status, all, Fixtures.JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, byte[] body) throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static boolean hasTag(JsonNode status, String tag) {
        for (JsonNode t : status.path("tags")) {
            if (t.path("name").asText().equalsIgnoreCase(tag)) {
                return true;
            }
        }
        return false;
    }

    private static String pretty(JsonNode json) {
        try {
            return Fixtures.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String s256(String verifier) {
        return FakeOAuth.s256(verifier);
    }

    @Override
    public void close() {
        closed.countDown();
        http.close();
        server.stop(0);
    }
}
