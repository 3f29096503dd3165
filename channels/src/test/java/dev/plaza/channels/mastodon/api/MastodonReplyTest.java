package dev.plaza.channels.mastodon.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MastodonReplyTest {

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
    void aReplyIsPostedWithItsIdempotencyKeyAndReturnsTheCreatedStatus() {
        Reply reply = new Reply("Thanks for asking! It ships Monday.", Optional.of("2001"), Reply.Visibility.UNLISTED,
                Optional.of("release dates"), Optional.of("en"), "reply-7f3a9c-01");

        MastodonStatus created = client.post(reply);

        assertThat(created.id()).isEqualTo("110000000000000001");
        assertThat(created.uri()).isEqualTo(fake.origin() + "/users/plaza/statuses/110000000000000001");
        assertThat(created.url()).contains(fake.origin() + "/@plaza/110000000000000001");
        assertThat(created.inReplyToId()).contains("2001");
        FakeMastodon.Received request = fake.received("/api/v1/statuses").getFirst();
        assertThat(request.header("Idempotency-Key")).contains("reply-7f3a9c-01");
        assertThat(request.body()).contains("\"in_reply_to_id\":\"2001\"", "\"visibility\":\"unlisted\"",
                "\"spoiler_text\":\"release dates\"", "\"language\":\"en\"");
    }

    @Test
    void aRetriedReplyWithTheSameKeyIsPostedOnce() {
        Reply reply = Reply.to("2001", "On it!", "reply-7f3a9c-02");
        MastodonStatus first = client.post(reply);
        MastodonStatus second = client.post(reply);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(fake.created()).isEqualTo(1);
        assertThat(fake.received("/api/v1/statuses")).hasSize(2);
        assertThat(client.post(Reply.to("2001", "On it!", "reply-7f3a9c-03")).id()).isNotEqualTo(first.id());
        assertThat(fake.created()).isEqualTo(2);
    }

    @Test
    void aReplyWithoutTextOrWithABadKeyOrLanguageIsRefusedBeforeItIsSent() {
        assertThatThrownBy(() -> Reply.to("2001", "  ", "reply-key-0001")).hasMessageContaining("needs text");
        assertThatThrownBy(() -> Reply.to("2001", "hi", "short")).hasMessageContaining("idempotency key");
        assertThatThrownBy(() -> Reply.to("abc", "hi", "reply-key-0001")).hasMessageContaining("not a numeric Mastodon id");
        assertThatThrownBy(() -> new Reply("hi", Optional.empty(), Reply.Visibility.PUBLIC, Optional.empty(),
                Optional.of("english"), "reply-key-0001")).hasMessageContaining("ISO 639");
        assertThat(fake.received()).isEmpty();
    }

    @Test
    void aRefusedReplySaysWhatTheInstanceObjected() {
        fake.answerNext("/api/v1/statuses", 422, "{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}");
        assertThatThrownBy(() -> client.post(Reply.to("2001", "x".repeat(600), "reply-key-0004")))
                .isInstanceOf(MastodonApiException.class)
                .hasMessageContaining("POST " + fake.origin() + "/api/v1/statuses")
                .hasMessageContaining("422 (refused as invalid): Validation failed: Text character limit of 500 exceeded");
    }
}
