package dev.plaza.atproto.xrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class XrpcClientTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private FakePds pds;
    private GuardedHttpClient http;
    private XrpcClient client;

    @BeforeEach
    void start() {
        pds = new FakePds(clock);
        http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
        client = new XrpcClient(http, pds.url(), clock);
    }

    @AfterEach
    void stop() {
        http.close();
        pds.close();
    }

    @Test
    void aQueryIsAGetWithItsParametersPercentEncodedAndArraysRepeated() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", "café & co+");
        params.put("collections", List.of("app.bsky.feed.post", "app.bsky.feed.like"));
        params.put("limit", 5);
        params.put("cursor", Optional.empty());

        JsonNode output = client.query("dev.plaza.test.echo", params, Optional.empty());

        assertThat(output.path("method").asText()).isEqualTo("GET");
        assertThat(pds.seen.getLast().rawQuery()).contains(
                "q=caf%C3%A9%20%26%20co%2B&collections=app.bsky.feed.post&collections=app.bsky.feed.like&limit=5");
    }

    @Test
    void aQueryWithoutParametersHasNoQueryString() {
        client.query("dev.plaza.test.echo", Map.of(), Optional.empty());

        assertThat(pds.seen.getLast().rawQuery()).isEmpty();
    }

    @Test
    void aProcedurePostsItsJsonInput() {
        JsonNode input = JsonNodeFactory.instance.objectNode().put("text", "grüße 👋");

        JsonNode output = client.procedure("dev.plaza.test.echo", input, Optional.empty());

        assertThat(output.path("method").asText()).isEqualTo("POST");
        assertThat(output.path("contentType").asText()).isEqualTo("application/json");
        assertThat(new String(Base64.getDecoder().decode(output.path("body").asText()), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"text\":\"grüße 👋\"}");
    }

    @Test
    void aProcedurePostsRawBytesWithTheirContentType() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};

        JsonNode output = client.procedure("dev.plaza.test.echo", png, "image/png", Optional.empty());

        assertThat(output.path("contentType").asText()).isEqualTo("image/png");
        assertThat(Base64.getDecoder().decode(output.path("body").asText())).isEqualTo(png);
    }

    @Test
    void requestsAreHttp11WithoutAnUpgradeAndCarryTheBearerToken() {
        Jwt token = Jwt.of("header.payload.signature");

        client.procedure("dev.plaza.test.echo", Optional.of(token));

        FakePds.Seen request = pds.seen.getLast();
        assertThat(request.protocol()).isEqualTo("HTTP/1.1");
        assertThat(request.headers()).doesNotContainKey("Upgrade");
        assertThat(request.headers().get("Authorization")).containsExactly("Bearer header.payload.signature");
        assertThat(request.body()).isEmpty();
    }

    @Test
    void anEmptySuccessfulAnswerIsAnEmptyObject() {
        JsonNode output = client.procedure("com.atproto.server.deleteSession", Optional.empty());

        assertThat(output.isObject()).isTrue();
        assertThat(output.isEmpty()).isTrue();
    }

    @Test
    void anErrorKeepsItsNameStatusMessageAndRateLimitAndIsNotRetried() {
        long reset = NOW.plusSeconds(300).getEpochSecond();
        pds.failWith(429, Map.of("ratelimit-limit", "3000", "ratelimit-remaining", "0",
                "ratelimit-reset", Long.toString(reset), "ratelimit-policy", "3000;w=300", "Retry-After", "3600"),
                "{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}");
        long started = System.nanoTime();

        XrpcException e = catchThrowableOfType(XrpcException.class,
                () -> client.query("dev.plaza.test.fail", Map.of(), Optional.empty()));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(pds.requestsTo("dev.plaza.test.fail")).isEqualTo(1);
        assertThat(e.nsid()).isEqualTo("dev.plaza.test.fail");
        assertThat(e.status()).isEqualTo(429);
        assertThat(e.error()).contains("RateLimitExceeded");
        assertThat(e.errorMessage()).contains("Rate Limit Exceeded");
        assertThat(e.isRateLimited()).isTrue();
        assertThat(e.rateLimit()).contains(new RateLimit(3000, 0, Instant.ofEpochSecond(reset), Optional.of("3000;w=300")));
        assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        assertThat(e.retryNotBefore()).contains(NOW.plus(Duration.ofHours(1)));
        assertThat(e.getMessage()).isEqualTo("dev.plaza.test.fail at %s answered 429 RateLimitExceeded: Rate Limit Exceeded (retry after 3600 s)"
                .formatted(pds.url()));
    }

    @Test
    void retryAfterMayBeAnHttpDateAndTheRateLimitResetStandsInWhenItIsMissing() {
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(120).atOffset(ZoneOffset.UTC));
        pds.failWith(503, Map.of("Retry-After", inTwoMinutes), "{\"error\":\"Unavailable\"}");
        XrpcException dated = catchThrowableOfType(XrpcException.class,
                () -> client.query("dev.plaza.test.fail", Map.of(), Optional.empty()));

        long reset = NOW.plusSeconds(40).getEpochSecond();
        pds.failWith(429, Map.of("ratelimit-limit", "10", "ratelimit-remaining", "0", "ratelimit-reset", Long.toString(reset)),
                "{\"error\":\"RateLimitExceeded\"}");
        XrpcException limited = catchThrowableOfType(XrpcException.class,
                () -> client.query("dev.plaza.test.fail", Map.of(), Optional.empty()));

        assertThat(dated.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(dated.errorMessage()).isEmpty();
        assertThat(limited.retryAfter()).isEmpty();
        assertThat(limited.retryNotBefore()).contains(Instant.ofEpochSecond(reset));
    }

    @Test
    void anErrorWithoutAJsonBodyKeepsItsStatusAndText() {
        pds.failWith(502, Map.of("Content-Type", "text/plain"), "Bad Gateway");

        XrpcException e = catchThrowableOfType(XrpcException.class,
                () -> client.procedure("dev.plaza.test.fail", Optional.empty()));

        assertThat(e.status()).isEqualTo(502);
        assertThat(e.error()).isEmpty();
        assertThat(e.errorMessage()).contains("Bad Gateway");
        assertThat(e.rateLimit()).isEmpty();
        assertThat(e.retryNotBefore()).isEmpty();
    }

    @Test
    void aSuccessThatIsNotJsonIsRefused() {
        pds.failWith(200, Map.of(), "<html>hello</html>");

        assertThatThrownBy(() -> client.query("dev.plaza.test.fail", Map.of(), Optional.empty()))
                .isInstanceOf(AtprotoException.class)
                .hasMessageContaining("answered 200 with a body that is not JSON: <html>hello</html>");
    }

    @Test
    void aMethodNameThatIsNotAnNsidIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> client.query("getRecord", Map.of(), Optional.empty()))
                .isInstanceOf(AtprotoException.class)
                .hasMessageContaining("\"getRecord\" is not an XRPC method");
        assertThat(pds.seen).isEmpty();
    }
}
