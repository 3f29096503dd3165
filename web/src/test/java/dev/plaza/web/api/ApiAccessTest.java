package dev.plaza.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.people.LinkEvidence;
import dev.plaza.core.team.IssuedToken;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bearer tokens: who may call what, and a workspace's token never reaching another workspace. */
class ApiAccessTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static ApiServer server;
    private static Seed ours;
    private static Seed theirs;
    private static ApiClient viewer;
    private static ApiClient manager;

    @BeforeAll
    static void start() {
        ours = Seed.plant(db.store(), db.newWorkspace());
        theirs = Seed.plant(db.store(), db.newWorkspace());
        ours.brand(db.store());
        theirs.brand(db.store());
        server = ApiServer.start(db.store());
        viewer = server.client(ours.viewer());
        manager = server.client(ours.manager());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRequestWithoutATokenIsAskedForOne() {
        ApiResponse response = server.anonymous().get("/api/v1/people");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void aTokenPlazaNeverIssuedIsRefused() {
        assertThat(server.client("plz_made-up-token").get("/api/v1/people").status()).isEqualTo(401);
    }

    @Test
    void aRevokedTokenNeverAuthenticatesAgain() {
        IssuedToken issued = db.store().apiTokens().create(ours.workspace().id(), "soon revoked", Role.MANAGER);
        ApiClient client = server.client(issued.secret());
        assertThat(client.get("/api/v1/workspace").status()).isEqualTo(200);

        db.store().apiTokens().revoke(ours.workspace().id(), issued.token().id());

        assertThat(client.get("/api/v1/workspace").status()).isEqualTo(401);
        assertThat(client.patch("/api/v1/conversations/" + ours.anyConversation(db.store()), "{\"status\": \"ignored\"}")
                .status()).isEqualTo(401);
    }

    @Test
    void theDocumentNeedsNoToken() {
        assertThat(server.anonymous().get(Api.OPENAPI).status()).isEqualTo(200);
    }

    @Test
    void aViewerTokenReadsButChangesNothing() {
        long conversation = ours.anyConversation(db.store());
        long alice = ours.person(db.store(), "alice");
        long bob = ours.person(db.store(), "bob");

        ApiResponse patch = viewer.patch("/api/v1/conversations/" + conversation, "{\"status\": \"answered\"}");
        ApiResponse merge = viewer.post("/api/v1/people/%d/merge".formatted(alice), "{\"person_id\": %d}".formatted(bob));

        assertThat(patch.status()).isEqualTo(403);
        assertThat(patch.message()).contains("manager");
        assertThat(merge.status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/conversations/" + conversation).json().path("status").asText()).isEqualTo("open");
        assertThat(viewer.get("/api/v1/people/" + bob).status()).isEqualTo(200);
    }

    @Test
    void aViewerTokenReadsPostsButPublishesNothing() {
        JsonNode post = manager.post("/api/v1/posts", "{\"text\": \"Read only\"}").json();
        String path = "/api/v1/posts/" + post.path("id").asLong();
        long like = manager.post("/api/v1/reactions", "{\"type\": \"like\", \"object\": \"%s\"}"
                .formatted(post.path("uri").asText())).json().path("id").asLong();

        assertThat(viewer.post("/api/v1/posts", "{\"text\": \"Not allowed\"}").status()).isEqualTo(403);
        assertThat(viewer.patch(path, "{\"text\": \"Not allowed\"}").status()).isEqualTo(403);
        assertThat(viewer.delete(path).status()).isEqualTo(403);
        assertThat(viewer.post("/api/v1/reactions", "{\"type\": \"boost\", \"object\": \"%s\"}"
                .formatted(post.path("uri").asText())).status()).isEqualTo(403);
        assertThat(viewer.delete("/api/v1/reactions/" + like).status()).isEqualTo(403);

        assertThat(viewer.get(path).json().path("text").asText()).isEqualTo("Read only");
        assertThat(viewer.get(path).json().path("deleted_at").isNull()).isTrue();
        assertThat(viewer.get("/api/v1/reactions").json().path("items")).hasSize(1);
        assertThat(viewer.get("/api/v1/reactions").json().path("items").get(0).path("undone_at").isNull()).isTrue();
    }

    @Test
    void anotherWorkspacesPostsAndReactionsAreNotFound() {
        ApiClient them = server.client(theirs.manager());
        JsonNode post = them.post("/api/v1/posts", "{\"text\": \"Ours alone\"}").json();
        String path = "/api/v1/posts/" + post.path("id").asLong();
        long like = them.post("/api/v1/reactions", "{\"type\": \"like\", \"object\": \"%s\"}"
                .formatted(post.path("uri").asText())).json().path("id").asLong();

        assertThat(viewer.get(path).status()).isEqualTo(404);
        assertThat(manager.patch(path, "{\"text\": \"Taken over\"}").status()).isEqualTo(404);
        assertThat(manager.delete(path).status()).isEqualTo(404);
        assertThat(manager.delete("/api/v1/reactions/" + like).status()).isEqualTo(404);
        assertThat(ids(viewer.get("/api/v1/posts?limit=200").json())).doesNotContain(post.path("id").asLong());
        assertThat(ids(viewer.get("/api/v1/reactions?limit=200").json())).doesNotContain(like);

        assertThat(them.get(path).json().path("text").asText()).isEqualTo("Ours alone");
        assertThat(them.get(path).json().path("deleted_at").isNull()).isTrue();
        assertThat(them.get("/api/v1/reactions").json().path("items").get(0).path("undone_at").isNull()).isTrue();
    }

    @Test
    void listsShowOnlyTheTokensWorkspace() {
        for (String list : List.of("/api/v1/people", "/api/v1/identities", "/api/v1/activities", "/api/v1/conversations")) {
            List<Long> mine = ids(viewer.get(list + "?limit=200").json());
            List<Long> others = ids(server.client(theirs.viewer()).get(list + "?limit=200").json());

            assertThat(mine).as(list).isNotEmpty().doesNotContainAnyElementsOf(others);
        }
        assertThat(viewer.get("/api/v1/workspace").json().path("id").asLong()).isEqualTo(ours.workspace().id());
    }

    @Test
    void anotherWorkspacesThingsAreNotFoundByTheirIds() {
        ApiClient them = server.client(theirs.viewer());
        long person = theirs.person(db.store(), "alice");
        long identity = them.get("/api/v1/identities?limit=1").json().path("items").get(0).path("id").asLong();
        long activity = them.get("/api/v1/activities?limit=1").json().path("items").get(0).path("id").asLong();
        long conversation = theirs.anyConversation(db.store());

        for (String path : List.of("/api/v1/people/" + person, "/api/v1/people/%d/activities".formatted(person),
                "/api/v1/people/%d/merges".formatted(person), "/api/v1/identities/" + identity,
                "/api/v1/activities/" + activity, "/api/v1/conversations/" + conversation)) {
            assertThat(them.get(path).status()).as(path).isEqualTo(200);
            assertThat(viewer.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(items(viewer.get("/api/v1/activities?person_id=" + person).json())).isEmpty();
        assertThat(items(viewer.get("/api/v1/activities?conversation_id=" + conversation).json())).isEmpty();
    }

    @Test
    void anotherWorkspacesThingsCannotBeChanged() {
        long conversation = theirs.anyConversation(db.store());
        long theirAlice = theirs.person(db.store(), "alice");
        long theirBob = theirs.person(db.store(), "bob");
        long merge = db.store().people().merge(theirs.workspace().id(), theirAlice, theirBob,
                new LinkEvidence("their own merge", 1.0), Optional.empty()).id();

        assertThat(manager.patch("/api/v1/conversations/" + conversation, "{\"status\": \"ignored\"}").status()).isEqualTo(404);
        assertThat(manager.post("/api/v1/people/%d/merge".formatted(theirAlice), "{\"person_id\": %d}"
                .formatted(ours.person(db.store(), "bob"))).status()).isEqualTo(404);
        assertThat(manager.post("/api/v1/people/%d/merge".formatted(ours.person(db.store(), "alice")), "{\"person_id\": %d}"
                .formatted(theirs.person(db.store(), "carol"))).status()).isEqualTo(422);
        assertThat(manager.post("/api/v1/merges/%d/undo".formatted(merge), "").status()).isEqualTo(404);
        assertThat(manager.patch("/api/v1/conversations/" + ours.anyConversation(db.store()),
                "{\"assignee_id\": %d}".formatted(theirs.memberId())).status()).isEqualTo(422);

        ApiClient them = server.client(theirs.viewer());
        assertThat(them.get("/api/v1/conversations/" + conversation).json().path("status").asText()).isEqualTo("open");
        assertThat(them.get("/api/v1/people/%d/merges".formatted(theirAlice)).json().path("items").get(0)
                .path("undone_at").isNull()).isTrue();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        items(page).forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    private static JsonNode items(JsonNode page) {
        return page.path("items");
    }
}
