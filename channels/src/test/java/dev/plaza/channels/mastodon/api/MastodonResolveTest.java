package dev.plaza.channels.mastodon.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Finding the instance-local id of any status by its URI, as a reply needs it. */
class MastodonResolveTest {

    private static final MastodonContract CONTRACT = MastodonContract.load();

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T12:00:00Z"));
    private final FakeMastodon fake = new FakeMastodon(clock, CONTRACT);
    private final MastodonClient client = fake.client();

    @AfterEach
    void everythingExchangedConformsToTheContract() {
        assertThat(fake.violations()).isEmpty();
        fake.close();
    }

    @Test
    void aStatusIsFoundByItsUriWithItsInstanceLocalId() {
        ObjectNode alice = Fixtures.account("2", "alice", "social.example");
        ObjectNode status = Fixtures.status("4242", alice, "<p>Does Plaza do threads?</p>");
        fake.timeline(status);

        MastodonStatus found = client.resolveStatus(status.path("uri").asText()).orElseThrow();

        assertThat(found.id()).isEqualTo("4242");
        assertThat(found.uri()).isEqualTo(status.path("uri").asText());
        FakeMastodon.Received request = fake.received("/api/v2/search").getFirst();
        assertThat(request.query()).contains("q=" + java.net.URLEncoder.encode(found.uri(), java.nio.charset.StandardCharsets.UTF_8),
                "resolve=true", "type=statuses", "limit=1");
        assertThat(request.header("Authorization")).contains("Bearer " + FakeMastodon.TOKEN);
        assertThat(fake.checked()).anyMatch(what -> what.contains("answering SearchResults"));
    }

    @Test
    void aStatusTheInstanceCannotFindIsEmpty() {
        assertThat(client.resolveStatus("https://gone.example/users/bob/statuses/1")).isEmpty();
        assertThat(fake.received("/api/v2/search")).hasSize(1);
    }

    @Test
    void somethingThatIsNotAStatusUriIsRefusedBeforeItIsSent() {
        assertThatThrownBy(() -> client.resolveStatus("@alice@social.example")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not the http(s) URI of a status");
        assertThatThrownBy(() -> client.resolveStatus("javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
        assertThat(fake.received()).isEmpty();
    }
}
