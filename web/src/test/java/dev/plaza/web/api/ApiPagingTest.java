package dev.plaza.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.community.Workspace;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cursor pagination: walking every page returns every item exactly once, in order. */
class ApiPagingTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final int BULK = 120;

    private static ApiServer server;
    private static ApiClient community;
    private static ApiClient bulk;

    @BeforeAll
    static void start() {
        Seed seed = Seed.plant(db.store(), db.newWorkspace());
        server = ApiServer.start(db.store());
        community = server.client(seed.viewer());
        bulk = server.client(bulkWorkspace());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/people, 2, 6",
        "/api/v1/identities, 3, 7",
        "/api/v1/activities, 7, 30",
        "/api/v1/conversations, 1, 3",
    })
    void walkingEveryPageReturnsEveryItemExactlyOnce(String path, int limit, int total) {
        List<Long> walked = walk(community, path, limit);

        assertThat(walked).hasSize(total).doesNotHaveDuplicates();
        assertThat(walked).containsExactlyElementsOf(walk(community, path, 200));
    }

    @Test
    void walkingActivitiesThatShareTimestampsMissesNoneAndKeepsNewestFirst() {
        List<JsonNode> all = new ArrayList<>();
        String next = "/api/v1/activities?limit=50";
        while (next != null) {
            JsonNode page = bulk.get(next).json();
            page.path("items").forEach(all::add);
            next = page.path("next_cursor").isNull() ? null : "/api/v1/activities?limit=50&cursor=" + page.path("next_cursor").asText();
        }
        assertThat(all).hasSize(BULK);
        assertThat(all.stream().map(a -> a.path("id").asLong())).doesNotHaveDuplicates();
        List<Instant> times = all.stream().map(a -> Instant.parse(a.path("at").asText())).toList();
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void aPageHoldsFiftyItemsUnlessTheLimitSaysOtherwise() {
        JsonNode page = bulk.get("/api/v1/activities").json();

        assertThat(page.path("items")).hasSize(50);
        assertThat(page.path("next_cursor").isTextual()).isTrue();
        assertThat(bulk.get("/api/v1/activities?limit=200").json().path("items")).hasSize(BULK);
        assertThat(bulk.get("/api/v1/activities?limit=200").json().path("next_cursor").isNull()).isTrue();
    }

    @Test
    void theLastPageHasANullCursor() {
        JsonNode page = community.get("/api/v1/conversations?limit=3").json();

        assertThat(page.path("items")).hasSize(3);
        assertThat(page.has("next_cursor")).isTrue();
        assertThat(page.path("next_cursor").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "201", "-1", "ten", "1.5"})
    void aLimitOutside1To200IsRefusedNamingTheLimit(String limit) {
        ApiResponse response = community.get("/api/v1/people?limit=" + limit);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.message()).contains("limit").contains("200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/people", "/api/v1/identities", "/api/v1/activities", "/api/v1/conversations"})
    void aCursorPlazaDidNotHandOutIsRefused(String path) {
        for (String cursor : List.of("not-a-cursor", "abc", "MTIz", "%25%25")) {
            ApiResponse response = community.get(path + "?cursor=" + cursor);

            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.message()).contains("cursor");
        }
    }

    @Test
    void anEmptyCursorMeansTheFirstPage() {
        assertThat(community.get("/api/v1/people?cursor=&limit=2").json())
                .isEqualTo(community.get("/api/v1/people?limit=2").json());
    }

    private static List<Long> walk(ApiClient client, String path, int limit) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String query = "?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode page = client.get(path + query).json();
            assertThat(page.path("items").size()).isLessThanOrEqualTo(limit);
            page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
            assertThat(++pages).as("pages walked").isLessThan(100);
        } while (cursor != null);
        return ids;
    }

    private static String bulkWorkspace() {
        Workspace workspace = db.newWorkspace();
        SeenIdentity poster = SeenIdentity.of(Platform.FEDIVERSE, "https://bulk.test/users/poster", "@poster@bulk.test",
                "Poster", Optional.empty());
        Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
        // Some activities share a second, so that the cursor's tie-break on id is walked too.
        List<IncomingActivity> posts = IntStream.range(0, BULK).mapToObj(i -> new IncomingActivity(
                "https://bulk.test/statuses/" + i, ActivityKind.POST, poster.key(), t0.plusSeconds(i / 3), "post " + i,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty())).toList();
        db.store().ingest().ingest(workspace.id(), new IngestBatch(List.of(poster), posts, Optional.empty()), Progress.NONE);
        return db.store().apiTokens().create(workspace.id(), "bulk", Role.VIEWER).secret();
    }
}
