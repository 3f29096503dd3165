package dev.plaza.channels.mastodon.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.core.community.Goal;
import dev.plaza.core.community.GoalMatcher;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.Headers;
import dev.plaza.net.OutboundRequestException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MastodonHostileInputTest {

    private static final MastodonContract CONTRACT = MastodonContract.load();
    private static final String HOME = "/api/v1/timelines/home";

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T12:00:00Z"));
    private final FakeMastodon fake = new FakeMastodon(clock, CONTRACT, GuardSettings.forLoopbackTests().withMaxResponseBytes(64 * 1024));
    private final MastodonClient client = fake.client();
    private final ObjectNode alice = Fixtures.account("2", "alice", "social.example");

    @AfterEach
    void everythingTheFakeSentOnItsOwnConformsToTheContract() {
        assertThat(fake.violations()).isEmpty();
        fake.close();
    }

    private void raw(String body) {
        fake.answerNext(HOME, new FakeMastodon.Scripted(200, Map.of("Content-Type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8), true));
    }

    private String request() {
        return "GET " + fake.origin() + HOME + "?limit=5";
    }

    @Test
    void aHugeBodyIsCutOffByTheGuardAndTheRequestFails() {
        raw("[" + "\"x\",".repeat(100_000) + "\"x\"]");
        assertThatThrownBy(() -> client.statuses(Timeline.home(), PageQuery.latest(5)))
                .isInstanceOf(MastodonApiException.class)
                .hasMessageStartingWith(request() + " failed")
                .hasCauseInstanceOf(OutboundRequestException.class)
                .satisfies(e -> assertThat(((OutboundRequestException) e.getCause()).reason())
                        .isEqualTo(OutboundRequestException.Reason.TOO_LARGE));
    }

    @Test
    void malformedJsonIsRefusedWithWhereItBroke() {
        raw("[{\"id\": \"1\", ");
        assertThatThrownBy(() -> client.statuses(Timeline.home(), PageQuery.latest(5)))
                .isInstanceOf(MastodonApiException.class)
                .hasMessageContaining(request() + ": the instance answered malformed JSON (line 1, column");
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        raw("[".repeat(500) + "]".repeat(500));
        assertThatThrownBy(() -> client.statuses(Timeline.home(), PageQuery.latest(5)))
                .isInstanceOf(MastodonApiException.class)
                .hasMessageContaining("malformed JSON")
                .hasMessageContaining("nesting depth");
    }

    @Test
    void aNonNumericIdIsRefusedNamingTheItemAndTheField() {
        ObjectNode status = Fixtures.status("1001", alice, "<p>hi</p>");
        status.put("id", "9f3c-uuid");
        raw("[" + status + "]");
        assertThatThrownBy(() -> client.statuses(Timeline.home(), PageQuery.latest(5)))
                .isInstanceOf(MastodonApiException.class)
                .hasMessageContaining(request() + ": the instance answered what Plaza cannot read: item 0: ")
                .hasMessageContaining("\"id\" is \"9f3c-uuid\", not a numeric Mastodon id");
    }

    @Test
    void anIdTooLargeForAPositionIsRefused() {
        assertThatThrownBy(() -> MastodonIds.check("99999999999999999999", "the id")).hasMessageContaining("not a numeric Mastodon id");
        assertThatThrownBy(() -> MastodonIds.check("9999999999999999999", "the id")).hasMessageContaining("not a numeric Mastodon id");
        assertThat(MastodonIds.check("9223372036854775807", "the id")).isEqualTo("9223372036854775807");
    }

    @Test
    void anObjectWhereAListBelongsAndAStatusWithoutUriAreRefused() {
        raw("{\"error\": \"not really\"}");
        assertThatThrownBy(() -> client.statuses(Timeline.home(), PageQuery.latest(5)))
                .hasMessageContaining("expected a JSON array, got object");
        ObjectNode status = Fixtures.status("1001", alice, "<p>hi</p>");
        status.put("uri", "javascript:alert(1)");
        raw("[" + status + "]");
        assertThatThrownBy(() -> client.statuses(Timeline.home(), PageQuery.latest(5)))
                .hasMessageContaining("status 1001 has no http(s) \"uri\"");
    }

    @Test
    void anErrorPageThatIsNotJsonIsQuotedBriefly() {
        fake.answerNext(HOME, new FakeMastodon.Scripted(502, Map.of("Content-Type", "text/html"),
                ("<html><body>" + "Bad gateway ".repeat(50) + "</body></html>").getBytes(StandardCharsets.UTF_8), true));
        assertThatThrownBy(() -> client.statuses(Timeline.home(), PageQuery.latest(5)))
                .isInstanceOfSatisfying(MastodonApiException.class, e -> assertThat(e.getMessage()).hasSizeLessThan(300))
                .hasMessageContaining("answered 502 (the instance failed; try again later): \"<html><body>Bad gateway");
    }

    @Test
    void rateLimitHeadersThatAreNotNumbersOrTimesAreIgnored() {
        assertThat(RateLimit.from(Headers.of("X-RateLimit-Limit", "300", "X-RateLimit-Remaining", "lots",
                "X-RateLimit-Reset", "2026-12-01T12:05:00.000Z"))).isEmpty();
        assertThat(RateLimit.from(Headers.of("X-RateLimit-Limit", "300", "X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset", "tomorrow"))).isEmpty();
        assertThat(RateLimit.from(Headers.of("X-RateLimit-Limit", "300", "X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset", "2026-12-01T12:05:00.000Z"))).contains(new RateLimit(300, 0, Instant.parse("2026-12-01T12:05:00Z")));
    }

    @Test
    void linkHeadersAreReadAsRfc8288WritesThemWhateverTheirSpacingQuotesOrOrder() {
        URI base = URI.create("https://social.example/api/v1/timelines/home");
        Map<String, URI> links = LinkHeader.parse(List.of(
                "<https://social.example/api/v1/timelines/home?max_id=10>;rel=next ,"
                        + " <https://social.example/api/v1/timelines/home?min_id=20>; title=\"a, b; c\"; REL=\"prev previous\"",
                "<?max_id=5>; rel=\"next\"", "garbage, <unterminated; rel=next", "<x>; rel"), base);
        assertThat(links.get("next")).hasToString("https://social.example/api/v1/timelines/home?max_id=10");
        assertThat(links.get("prev")).hasToString("https://social.example/api/v1/timelines/home?min_id=20");
        assertThat(links.get("previous")).isEqualTo(links.get("prev"));
        assertThat(links).hasSize(3);
        assertThat(LinkHeader.queryParameter(links.get("next"), "max_id")).contains("10");
    }

    @Test
    void aPageWhoseLinkCursorIsNotAnIdHasNoCursor() {
        fake.timeline(Fixtures.status("1001", alice, "<p>hi</p>"));
        fake.answerNext(HOME, new FakeMastodon.Scripted(200, Map.of("Content-Type", "application/json",
                "Link", "<" + fake.origin() + HOME + "?max_id=1;DROP>; rel=\"next\""),
                ("[" + Fixtures.status("1001", alice, "<p>hi</p>") + "]").getBytes(StandardCharsets.UTF_8), false));
        Page<MastodonStatus> page = client.statuses(Timeline.home(), PageQuery.latest(5));
        assertThat(page.items()).hasSize(1);
        assertThat(page.nextMaxId()).isEmpty();
    }

    @Test
    void anAuthorWithAnUnreadableAddressIsCountedUnreadableNotKept() {
        ObjectNode evil = Fixtures.account("5", "evil", "social.example");
        evil.put("acct", "evil@@social.example");
        evil.remove("uri");
        Instance brandInstance = Instance.parse("brand.example", GuardSettings.DEFAULT);
        ConnectedAccount connected = new ConnectedAccount(brandInstance,
                Entities.account(Fixtures.localAccount("1", "plaza", "https://brand.example"), "test"));
        MastodonReader reader = new MastodonReader(() -> GoalMatcher.of(new Goal(1, "", List.of("espresso"), List.of(), List.of(),
                List.of()), Set.of()));
        ObjectNode post = Fixtures.status("2001", evil, "<p>espresso</p>");
        post.put("uri", "https://social.example/users/evil/statuses/2001");
        MastodonStatus status = Entities.status(post, "test");

        MastodonReader.Read read = reader.read("mastodon:brand.example:1:home", 0, connected,
                new MastodonSource.Delivery(MastodonSource.Mode.POLLING, List.of(new Entry("2001", status, false)), List.of(),
                        Optional.of("2001")), new KnownStatuses(id -> Optional.empty(), brandInstance, 10), Instant.EPOCH);

        assertThat(read.unreadable()).isEqualTo(1);
        assertThat(read.batch().batch().activities()).isEmpty();
        assertThat(read.batch().position()).isEqualTo(2001);
    }

    @Test
    void aHashtagWithPunctuationIsRefusedBeforeItReachesAUrl() {
        assertThatThrownBy(() -> Timeline.tag("plaza/../admin")).hasMessageContaining("is not a hashtag");
        assertThat(Timeline.tag("café").restPath()).isEqualTo("/api/v1/timelines/tag/caf%C3%A9");
    }
}
