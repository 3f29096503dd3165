package dev.plaza.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.store.testing.TestStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Merging people, undoing merges and updating conversations, with strictly read bodies. */
class ApiWriteTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static ApiServer server;
    private Seed seed;
    private ApiClient api;

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
        api = server.client(seed.manager());
    }

    @Test
    void aMergeMovesTheIdentitiesAndItsUndoRestoresBothPeopleExactly() {
        long alice = seed.person(db.store(), "alice");
        long bob = seed.person(db.store(), "bob");
        JsonNode bobBefore = api.get("/api/v1/people/" + bob).json();
        JsonNode aliceBefore = api.get("/api/v1/people/" + alice).json();

        ApiResponse merged = api.post("/api/v1/people/%d/merge".formatted(alice),
                "{\"person_id\": %d, \"reason\": \"same avatar and bio\", \"confidence\": 0.8}".formatted(bob));

        assertThat(merged.status()).isEqualTo(201);
        assertThat(merged.json().path("survivor_id").asLong()).isEqualTo(alice);
        assertThat(merged.json().path("merged_id").asLong()).isEqualTo(bob);
        assertThat(merged.json().path("merged_display_name").asText()).isEqualTo("Bob");
        assertThat(merged.json().path("evidence").path("reason").asText()).isEqualTo("same avatar and bio");
        assertThat(merged.json().path("evidence").path("confidence").asDouble()).isEqualTo(0.8);
        assertThat(merged.json().path("by_member_id").isNull()).isTrue();
        assertThat(merged.json().path("undone_at").isNull()).isTrue();
        assertThat(api.get("/api/v1/people/" + bob).status()).isEqualTo(404);
        JsonNode aliceMerged = api.get("/api/v1/people/" + alice).json();
        assertThat(aliceMerged.path("identities")).hasSize(3);
        assertThat(api.get("/api/v1/activities?person_id=" + alice).json().path("items")).hasSize(7 + 5);
        assertThat(api.get("/api/v1/people/%d/merges".formatted(alice)).json().path("items").get(0))
                .isEqualTo(merged.json());

        ApiResponse undone = api.post("/api/v1/merges/%d/undo".formatted(merged.json().path("id").asLong()), "");

        assertThat(undone.status()).isEqualTo(200);
        assertThat(undone.json().path("undone_at").isTextual()).isTrue();
        assertThat(api.get("/api/v1/people/" + bob).json()).isEqualTo(bobBefore);
        assertThat(api.get("/api/v1/people/" + alice).json()).isEqualTo(aliceBefore);
    }

    @Test
    void aMergeWithoutReasonOrConfidenceIsCertainAndSaysItCameThroughTheApi() {
        long alice = seed.person(db.store(), "alice");

        JsonNode merge = api.post("/api/v1/people/%d/merge".formatted(alice),
                "{\"person_id\": %d}".formatted(seed.person(db.store(), "carol"))).json();

        assertThat(merge.path("evidence").path("reason").asText()).isEqualTo(MergeEndpoints.DEFAULT_REASON);
        assertThat(merge.path("evidence").path("confidence").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aMergeCanBeUndoneOnlyOnce() {
        long alice = seed.person(db.store(), "alice");
        long merge = api.post("/api/v1/people/%d/merge".formatted(alice),
                "{\"person_id\": %d}".formatted(seed.person(db.store(), "dave"))).json().path("id").asLong();
        assertThat(api.post("/api/v1/merges/%d/undo".formatted(merge), "").status()).isEqualTo(200);

        ApiResponse again = api.post("/api/v1/merges/%d/undo".formatted(merge), "");

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.message()).contains("already undone");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"person_id\": 1, \"why\": \"x\"}         | unknown field 'why'",
        "{\"person_id\": \"bob\"}                   | 'person_id' must be an integer id",
        "{\"person_id\": 2.5}                       | 'person_id' must be an integer id",
        "{\"person_id\": null}                      | 'person_id' must be an integer id",
        "{\"reason\": \"same person\"}              | 'person_id' is required",
        "{\"person_id\": 1, \"confidence\": 1.5}    | 'confidence' must lie between 0 and 1",
        "{\"person_id\": 1, \"confidence\": \"high\"} | 'confidence' must be a number",
        "{\"person_id\": 1, \"reason\": 7}          | 'reason' must be a string",
        "{\"person_id\": 1, \"reason\": \"  \"}     | 'reason' must hold 1 to 500 characters",
        "{\"person_id\": 1, \"person_id\": 2}       | not valid JSON",
        "{\"person_id\": 1} {}                      | not valid JSON",
        "{\"person_id\": 1                          | not valid JSON",
        "[1, 2]                                     | must be a JSON object",
        "``                                         | needs a JSON object body",
    })
    void aMergeBodyThatIsNotExactlyRightIsRefusedSayingWhy(String body, String message) {
        long alice = seed.person(db.store(), "alice");

        ApiResponse response = api.post("/api/v1/people/%d/merge".formatted(alice), body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.message()).contains(message);
    }

    @Test
    void aPersonCannotBeMergedIntoThemselves() {
        long alice = seed.person(db.store(), "alice");

        ApiResponse response = api.post("/api/v1/people/%d/merge".formatted(alice), "{\"person_id\": %d}".formatted(alice));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.message()).contains("person_id");
    }

    @Test
    void aConversationIsAnsweredAssignedAndUnassigned() {
        long id = seed.anyConversation(db.store());
        String path = "/api/v1/conversations/" + id;

        ApiResponse answered = api.patch(path, "{\"status\": \"answered\", \"assignee_id\": %d}".formatted(seed.memberId()));

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().path("status").asText()).isEqualTo("answered");
        assertThat(answered.json().path("assignee_id").asLong()).isEqualTo(seed.memberId());
        assertThat(answered.json().path("thread")).hasSize(3);
        assertThat(ids(api.get("/api/v1/conversations?status=answered").json())).containsExactly(id);

        ApiResponse unassigned = api.patch(path, "{\"assignee_id\": null}");

        assertThat(unassigned.json().path("assignee_id").isNull()).isTrue();
        assertThat(unassigned.json().path("status").asText()).isEqualTo("answered");
        assertThat(api.get(path).json()).isEqualTo(unassigned.json());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{}                                     | changes nothing",
        "{\"status\": \"closed\"}               | field 'status': unknown conversation status 'closed'",
        "{\"status\": null}                     | 'status' must be a string",
        "{\"status\": 1}                        | 'status' must be a string",
        "{\"assignee_id\": \"me\"}              | 'assignee_id' must be an integer id",
        "{\"status\": \"open\", \"note\": \"x\"} | unknown field 'note'",
    })
    void aConversationUpdateThatIsNotExactlyRightIsRefusedSayingWhy(String body, String message) {
        String path = "/api/v1/conversations/" + seed.anyConversation(db.store());

        ApiResponse response = api.patch(path, body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.message()).contains(message);
        assertThat(api.get(path).json().path("status").asText()).isEqualTo("open");
    }

    @Test
    void aConversationIsAssignedOnlyToAMemberOfTheTeam() {
        String path = "/api/v1/conversations/" + seed.anyConversation(db.store());

        ApiResponse response = api.patch(path, "{\"status\": \"answered\", \"assignee_id\": 987654321}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.message()).contains("assignee_id");
        assertThat(api.get(path).json().path("status").asText()).isEqualTo("open");
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }
}
