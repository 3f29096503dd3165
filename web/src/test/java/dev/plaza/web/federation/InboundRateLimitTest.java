package dev.plaza.web.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.store.testing.TestStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One remote server cannot flood the inboxes: past its burst it gets 429 before any verification. */
class InboundRateLimitTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static LoopbackPlaza plaza;

    @BeforeAll
    static void start() {
        plaza = LoopbackPlaza.start(db.store(), db.newWorkspace().id(),
                uris -> FederationSettings.forLoopbackTests().withInbound(new InboundLimits(2, 0.01)));
    }

    @AfterAll
    static void stop() {
        plaza.close();
    }

    private static HttpResponse<String> post(String keyHost) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(plaza.uris().sharedInbox()))
                .header("Content-Type", "application/activity+json")
                .header("Signature", "keyId=\"https://%s/users/a#main-key\",algorithm=\"rsa-sha256\",headers=\"date\",signature=\"AAAA\""
                        .formatted(keyHost))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aServerPastItsBurstIsToldToRetryLaterAndOthersAreNot() throws Exception {
        assertThat(post("flood.example").statusCode()).isNotEqualTo(429);
        assertThat(post("flood.example").statusCode()).isNotEqualTo(429);

        HttpResponse<String> limited = post("flood.example");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.body()).contains("retry later");
        assertThat(post("calm.example").statusCode()).isNotEqualTo(429);
    }
}
