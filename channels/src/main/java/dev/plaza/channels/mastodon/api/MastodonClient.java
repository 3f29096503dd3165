package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * A connected account's view of its instance: who it is, its mentions and timelines page by page, single
 * statuses, and replies. Pages follow the {@code Link} header; every answer is checked as it is read, and
 * anything the instance refuses or gets wrong is a {@link MastodonApiException} naming the request.
 */
public final class MastodonClient {

    private final ApiHttp api;
    private final AccessToken token;
    private final AtomicReference<Optional<URI>> streamingOrigin = new AtomicReference<>(Optional.empty());

    public MastodonClient(GuardedHttpClient http, Instance instance, AccessToken token, Pacer pacer) {
        this.token = token;
        this.api = new ApiHttp(http, instance, Optional.of(requireNonNull(token, "token").value()), pacer);
    }

    public Instance instance() {
        return api.instance();
    }

    public Pacer pacer() {
        return api.pacer();
    }

    /** "GET /api/v1/accounts/verify_credentials": the account the token belongs to. */
    public MastodonAccount verifyCredentials() {
        String path = "/api/v1/accounts/verify_credentials";
        return read("GET " + instance().resolve(path), api.get(path).json(), Entities::account);
    }

    /** "GET /api/v1/notifications" with {@code types[]=mention}: notifications whose status mentions the account. */
    public Page<MastodonNotification> mentions(PageQuery query) {
        String path = "/api/v1/notifications?types%5B%5D=mention&" + query.query();
        return page(path, Entities::notification);
    }

    /** The home or a hashtag timeline, newest first. */
    public Page<MastodonStatus> statuses(Timeline timeline, PageQuery query) {
        if (timeline instanceof Timeline.Mentions) {
            throw new IllegalArgumentException("mentions are notifications: read them with mentions()");
        }
        String path = timeline.restPath() + "?" + query.query();
        return page(path, Entities::status);
    }

    /** Any of the timelines Plaza reads, as entries: for mentions, the mention notifications' statuses. */
    public Page<Entry> entries(Timeline timeline, PageQuery query) {
        if (timeline instanceof Timeline.Mentions) {
            Page<MastodonNotification> page = mentions(query);
            List<Entry> entries = page.items().stream().filter(MastodonNotification::isMention)
                    .map(n -> new Entry(n.id(), n.status().orElseThrow(), true)).toList();
            return new Page<>(entries, page.nextMaxId(), page.prevMinId());
        }
        Page<MastodonStatus> page = statuses(timeline, query);
        return new Page<>(page.items().stream().map(s -> new Entry(s.id(), s, false)).toList(), page.nextMaxId(),
                page.prevMinId());
    }

    /** "GET /api/v1/statuses/:id", or empty when the instance answers 404 (deleted, or not visible to the account). */
    public Optional<MastodonStatus> status(String id) {
        String path = "/api/v1/statuses/" + MastodonIds.check(id, "the status id");
        try {
            return Optional.of(read("GET " + instance().resolve(path), api.get(path).json(), Entities::status));
        } catch (MastodonApiException e) {
            if (e.status().isPresent() && (e.status().getAsInt() == 404 || e.status().getAsInt() == 410)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * "GET /api/v2/search" with {@code resolve=true}, {@code type=statuses} and {@code limit=1} (Mastodon docs,
     * "search"): the instance's own copy of the status whose ActivityPub id is {@code uri}, fetched from its origin
     * when the instance has none yet, so that a reply can name it by the instance-local id. Empty when the instance
     * finds nothing (the status is gone, private, or its server refuses the instance).
     */
    public Optional<MastodonStatus> resolveStatus(String uri) {
        String path = "/api/v2/search?q=" + URLEncoder.encode(statusUri(uri), StandardCharsets.UTF_8)
                + "&resolve=true&type=statuses&limit=1";
        ApiHttp.Answer answer = api.get(path);
        String request = "GET " + answer.uri();
        JsonNode statuses = answer.json().path("statuses");
        List<JsonNode> found = read(request, statuses, Entities::array);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(read(request, found.getFirst(), Entities::status));
    }

    private static String statusUri(String uri) {
        try {
            URI parsed = new URI(requireNonNull(uri, "uri").strip());
            String scheme = String.valueOf(parsed.getScheme()).toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && parsed.getHost() != null && uri.length() <= 2_000) {
                return parsed.toString();
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new IllegalArgumentException("\"%s\" is not the http(s) URI of a status".formatted(MastodonIds.abbreviated(uri)));
    }

    /** "POST /api/v1/statuses" with the reply's Idempotency-Key: the created status. */
    public MastodonStatus post(Reply reply) {
        ObjectNode body = Json.object().put("status", reply.status()).put("visibility", reply.visibility().key());
        reply.inReplyToId().ifPresent(id -> body.put("in_reply_to_id", id));
        reply.spoilerText().ifPresent(text -> body.put("spoiler_text", text));
        reply.language().ifPresent(language -> body.put("language", language));
        String path = "/api/v1/statuses";
        JsonNode created = api.post(path, body, Headers.of("Idempotency-Key", reply.idempotencyKey())).json();
        return read("POST " + instance().resolve(path), created, Entities::status);
    }

    /**
     * The origin of the streaming API: {@code configuration.urls.streaming} of "GET /api/v2/instance" (a wss://
     * URL, spoken to as https:// for Server-Sent Events), or the instance itself when it names none.
     */
    public URI streamingBase() {
        JsonNode instance = api.get("/api/v2/instance").json();
        return Json.text(instance.path("configuration").path("urls"), "streaming")
                .flatMap(MastodonClient::httpsOrigin)
                .orElse(instance().base());
    }

    /**
     * Opens the timeline's stream (Mastodon docs, "Streaming API"), the token in the Authorization header; the
     * streaming origin is asked for once per client.
     */
    public InputStream openStream(Timeline timeline, StreamConnector connector) throws IOException {
        URI origin = streamingOrigin.updateAndGet(known -> known.isPresent() ? known : Optional.of(streamingBase())).orElseThrow();
        return connector.open(URI.create(origin + timeline.streamPath()),
                Map.of("Authorization", "Bearer " + token.value(), "User-Agent", "Plaza"));
    }

    private static Optional<URI> httpsOrigin(String streaming) {
        try {
            URI uri = URI.create(streaming.strip());
            String scheme = Map.of("wss", "https", "ws", "http", "https", "https", "http", "http")
                    .get(String.valueOf(uri.getScheme()).toLowerCase(java.util.Locale.ROOT));
            if (scheme == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.of(URI.create(scheme + "://" + uri.getRawAuthority()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private <T> Page<T> page(String path, BiFunction<JsonNode, String, T> reader) {
        ApiHttp.Answer answer = api.get(path);
        String request = "GET " + answer.uri();
        List<T> items = new ArrayList<>();
        int index = 0;
        for (JsonNode item : read(request, answer.json(), Entities::array)) {
            String where = "item %d".formatted(index++);
            items.add(read(request, item, (json, ignored) -> reader.apply(json, where)));
        }
        Map<String, URI> links = LinkHeader.parse(answer.headers().all("link"), answer.uri());
        return new Page<>(items, cursor(links, "next", "max_id"), cursor(links, "prev", "min_id"));
    }

    private static Optional<String> cursor(Map<String, URI> links, String rel, String parameter) {
        return Optional.ofNullable(links.get(rel)).flatMap(uri -> LinkHeader.queryParameter(uri, parameter))
                .filter(id -> id.matches("[0-9]{1,19}"));
    }

    private static <T> T read(String request, JsonNode json, BiFunction<JsonNode, String, T> reader) {
        try {
            return reader.apply(json, "the answer");
        } catch (IllegalArgumentException e) {
            throw MastodonApiException.unusable(request, "the instance answered what Plaza cannot read: " + e.getMessage());
        }
    }
}
