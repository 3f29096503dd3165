package dev.plaza.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.store.testing.TestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The inbox over the API: the new conversation filters, and the team's notes on a conversation. */
class ApiInboxTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static ApiServer server;
    private Seed seed;

    @BeforeAll
    static void start() {
        server = ApiServer.start(db.store());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void freshCommunity() {
        seed = Seed.plant(db.store(), db.newWorkspace());
    }

    @Test
    void aManagerTokenWritesANoteForATeamMemberAndAViewerReadsIt() {
        long conversation = seed.anyConversation(db.store());
        ApiClient manager = server.client(seed.manager());

        ApiResponse added = manager.post("/api/v1/conversations/%d/notes".formatted(conversation),
                "{\"text\": \"Called them back.\", \"author_id\": %d}".formatted(seed.memberId()));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().path("text").asText()).isEqualTo("Called them back.");
        assertThat(added.json().path("author_id").asLong()).isEqualTo(seed.memberId());
        ApiResponse read = server.client(seed.viewer()).get("/api/v1/conversations/%d/notes".formatted(conversation));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("items")).hasSize(1);
        assertThat(read.json().path("items").get(0).path("text").asText()).isEqualTo("Called them back.");
    }

    @Test
    void aNoteNeedsItsAuthorAndAtMostFiveThousandCharacters() {
        long conversation = seed.anyConversation(db.store());
        ApiClient manager = server.client(seed.manager());
        String path = "/api/v1/conversations/%d/notes".formatted(conversation);

        ApiResponse anonymous = manager.post(path, "{\"text\": \"who wrote this?\"}");
        ApiResponse tooLong = manager.post(path, "{\"text\": \"%s\", \"author_id\": %d}".formatted("x".repeat(5001), seed.memberId()));
        ApiResponse viewer = server.client(seed.viewer()).post(path,
                "{\"text\": \"hi\", \"author_id\": %d}".formatted(seed.memberId()));

        assertThat(anonymous.status()).isEqualTo(400);
        assertThat(anonymous.json().path("error").path("message").asText()).contains("author_id");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().path("error").path("message").asText()).contains("5000");
        assertThat(viewer.status()).isEqualTo(403);
        assertThat(manager.get("/api/v1/conversations/999999/notes").status()).isEqualTo(404);
    }

    @Test
    void theListTakesTheInboxFiltersAndRefusesBadOnes() {
        ApiClient viewer = server.client(seed.viewer());

        ApiResponse unanswered = viewer.get("/api/v1/conversations?unanswered=true&language=en&status=open&limit=5");
        ApiResponse badReason = viewer.get("/api/v1/conversations?reason=shouting");
        ApiResponse badLanguage = viewer.get("/api/v1/conversations?language=en_US!");

        assertThat(unanswered.status()).isEqualTo(200);
        assertThat(viewer.get("/api/v1/conversations?reason=keyword").json().path("items")).isEmpty();
        assertThat(badReason.status()).isEqualTo(400);
        assertThat(badReason.json().path("error").path("message").asText()).contains("shouting").contains("keyword");
        assertThat(badLanguage.status()).isEqualTo(400);
        assertThat(badLanguage.json().path("error").path("message").asText()).contains("language tag");
    }
}
