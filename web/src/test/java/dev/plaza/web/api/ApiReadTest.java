package dev.plaza.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.store.testing.TestStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the read routes show, and how their filters narrow it. */
class ApiReadTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static ApiServer server;
    private static Seed seed;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        seed = Seed.plant(db.store(), db.newWorkspace());
        server = ApiServer.start(db.store());
        api = server.client(seed.viewer());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theWorkspaceIsTheTokens() {
        JsonNode workspace = api.get("/api/v1/workspace").json();

        assertThat(workspace.path("id").asLong()).isEqualTo(seed.workspace().id());
        assertThat(workspace.path("slug").asText()).isEqualTo(seed.workspace().slug());
        assertThat(workspace.path("demo").asBoolean()).isFalse();
    }

    @Test
    void aPersonComesWithEveryIdentityLinkedToThem() {
        JsonNode alice = api.get("/api/v1/people/" + seed.person(db.store(), "alice")).json();

        assertThat(alice.path("display_name").asText()).isEqualTo("Alice");
        assertThat(alice.path("identity_count").asInt()).isEqualTo(2);
        assertThat(texts(alice.path("identities"), "platform")).containsExactlyInAnyOrder("fediverse", "bluesky");
        assertThat(texts(alice.path("identities"), "person_id")).containsOnly(alice.path("id").asText());
        JsonNode identity = api.get("/api/v1/identities/" + alice.path("identities").get(0).path("id").asLong()).json();
        assertThat(identity).isEqualTo(alice.path("identities").get(0));
    }

    @Test
    void peopleAreFoundByNameOrHandleAndByPlatform() {
        assertThat(names("/api/v1/people?q=alice")).containsExactly("Alice");
        assertThat(names("/api/v1/people?q=%20%20")).hasSize(Seed.NAMES.size());
        assertThat(names("/api/v1/people?platform=bluesky")).containsExactlyInAnyOrder("Alice", "Carol", "Frank");
        assertThat(names("/api/v1/people?platform=bluesky&q=carol")).containsExactly("Carol");
        assertThat(names("/api/v1/people?platform=lens")).isEmpty();
    }

    @Test
    void activitiesAreFilteredByKindPlatformPersonAndConversation() {
        long alice = seed.person(db.store(), "alice");
        long conversation = seed.anyConversation(db.store());

        assertThat(texts(items("/api/v1/activities?kind=like"), "kind")).containsExactly("like", "like");
        assertThat(items("/api/v1/activities?kind=reply&platform=bluesky")).hasSize(2);
        assertThat(items("/api/v1/activities?person_id=" + alice)).hasSize(7);
        assertThat(items("/api/v1/activities?person_id=%d&kind=reply".formatted(alice))).hasSize(1);
        assertThat(texts(items("/api/v1/activities?conversation_id=" + conversation), "conversation_id"))
                .hasSize(3).containsOnly(Long.toString(conversation));
        assertThat(items("/api/v1/people/%d/activities?platform=fediverse".formatted(alice))).hasSize(3);
    }

    @Test
    void activitiesAreFilteredByDays() {
        JsonNode all = items("/api/v1/activities?limit=200");
        String day = all.get(all.size() - 1).path("at").asText().substring(0, 10);
        List<String> thatDay = new ArrayList<>();
        all.forEach(a -> {
            if (a.path("at").asText().startsWith(day)) {
                thatDay.add(a.path("id").asText());
            }
        });

        assertThat(texts(items("/api/v1/activities?from=%s&until=%s".formatted(day, day)), "id")).isNotEmpty()
                .containsExactlyElementsOf(thatDay);
        assertRefused("/api/v1/activities?from=" + day, "'until' is required");
        assertRefused("/api/v1/activities?from=2026-02-01&until=2026-01-01", "'until' comes before 'from'");
    }

    @Test
    void anActivityShowsWhatItTargetsAndNullsWhatItLacks() {
        JsonNode like = items("/api/v1/activities?kind=like").get(0);
        JsonNode same = api.get("/api/v1/activities/" + like.path("id").asLong()).json();

        assertThat(same).isEqualTo(like);
        assertThat(like.path("text").asText()).isEmpty();
        assertThat(like.path("language").isNull()).isTrue();
        assertThat(like.path("target_uri").asText()).contains("/post-1");
        assertThat(like.path("in_reply_to_uri").isNull()).isTrue();
    }

    @Test
    void aConversationComesWithItsThreadOldestFirst() {
        JsonNode conversation = api.get("/api/v1/conversations/" + seed.anyConversation(db.store())).json();
        JsonNode thread = conversation.path("thread");

        assertThat(thread).hasSize(conversation.path("activity_count").asInt()).hasSize(3);
        assertThat(thread.get(0).path("uri").asText()).isEqualTo(conversation.path("root_uri").asText());
        assertThat(texts(thread, "at")).isSorted();
        assertThat(conversation.path("status").asText()).isEqualTo("open");
        assertThat(conversation.path("assignee_id").isNull()).isTrue();
    }

    @Test
    void conversationsAreFilteredByStatus() {
        assertThat(items("/api/v1/conversations?status=open")).hasSize(Seed.CONVERSATIONS);
        assertThat(items("/api/v1/conversations?status=answered")).isEmpty();
    }

    @Test
    void conversationsAreFilteredByPlatformAndByWhoIsAssigned() {
        List<String> fediverse = texts(items("/api/v1/conversations?platform=fediverse"), "platform");
        List<String> bluesky = texts(items("/api/v1/conversations?platform=bluesky"), "platform");

        assertThat(fediverse).isNotEmpty().containsOnly("fediverse");
        assertThat(bluesky).isNotEmpty().containsOnly("bluesky");
        assertThat(fediverse.size() + bluesky.size()).isEqualTo(Seed.CONVERSATIONS);
        assertThat(items("/api/v1/conversations?assignee=nobody")).hasSize(Seed.CONVERSATIONS);
        assertThat(items("/api/v1/conversations?assignee=" + seed.memberId())).isEmpty();
        assertRefused("/api/v1/conversations?assignee=someone", "assignee", "nobody");
    }

    @Test
    void filterValuesPlazaDoesNotKnowAreRefusedNamingTheParameterAndTheChoices() {
        assertRefused("/api/v1/people?platform=myspace", "platform", "bluesky");
        assertRefused("/api/v1/activities?kind=poke", "kind", "repost");
        assertRefused("/api/v1/conversations?status=closed", "status", "answered");
        assertRefused("/api/v1/activities?person_id=alice", "person_id", "integer");
        assertRefused("/api/v1/people?platfrom=bluesky", "platfrom", "platform");
        assertRefused("/api/v1/people?q=a&q=b", "q", "once");
    }

    @Test
    void anIdThatIsNoNumberNamesNothing() {
        ApiResponse response = api.get("/api/v1/people/alice");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.message()).contains("person").contains("alice");
    }

    @Test
    void aPersonNeverMergedHasAnEmptyAndCompleteListOfMerges() {
        long erin = seed.person(db.store(), "erin");

        assertThat(items("/api/v1/people/%d/merges".formatted(erin))).isEmpty();
        assertThat(api.get("/api/v1/people/%d/merges".formatted(erin)).json().path("next_cursor").isNull()).isTrue();
    }

    private void assertRefused(String path, String... mentions) {
        ApiResponse response = api.get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.message()).contains(mentions);
    }

    private JsonNode items(String path) {
        ApiResponse response = api.get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("items");
    }

    private List<String> names(String path) {
        return texts(items(path), "display_name");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }
}
