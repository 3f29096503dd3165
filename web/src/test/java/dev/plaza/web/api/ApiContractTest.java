package dev.plaza.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.people.ClaimKind;
import dev.plaza.core.people.Identity;
import dev.plaza.core.people.ProfileClaim;
import dev.plaza.core.reports.NewReport;
import dev.plaza.core.reports.Report;
import dev.plaza.core.team.Role;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The OpenAPI document against the running server: it names exactly the API's routes with their
 * access, and every answer it promises (each operation, each status) is one the server really
 * gives, with a body that matches the documented schema.
 */
class ApiContractTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final long MISSING = 987_654_321L;

    private static ApiServer server;
    private static Seed seed;
    private static Seed withoutActor;
    private static Lumen lumen;
    private static ApiClient viewer;
    private static ApiClient manager;
    private static ApiClient anonymous;

    @BeforeAll
    static void start() {
        seed = Seed.plant(db.store(), db.newWorkspace());
        seed.brand(db.store());
        withoutActor = Seed.plant(db.store(), db.newWorkspace());
        lumen = Lumen.plant(db.store(), db.newWorkspace().id());
        server = ApiServer.start(db.store());
        viewer = server.client(seed.viewer());
        manager = server.client(seed.manager());
        anonymous = server.anonymous();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theDocumentNamesExactlyTheRoutesOfTheApiWithTheirAccess() {
        Map<String, String> documented = new HashMap<>();
        server.contract().document().path("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(op -> !op.getKey().equals("parameters"))
                .forEach(op -> documented.put(op.getKey().toUpperCase(Locale.ROOT) + " " + Api.PREFIX + path.getKey(),
                        op.getValue().path("x-plaza-access").asText())));
        Map<String, String> registered = server.apiRoutes().stream().collect(Collectors.toMap(
                r -> r.method() + " " + r.path(), r -> r.access().name().toLowerCase(Locale.ROOT)));
        assertThat(documented).isEqualTo(registered);
    }

    @Test
    void everyAnswerTheDocumentPromisesIsOneTheServerGives() {
        readsAnswerAsDocumented();
        writesAnswerAsDocumented();
        assertThat(server.contract().seen()).containsAll(server.contract().documented());
    }

    private void readsAnswerAsDocumented() {
        long alice = seed.person(db.store(), "alice");
        long conversation = seed.anyConversation(db.store());
        JsonNode activity = viewer.get("/api/v1/activities?limit=1").json().path("items").get(0);
        long identity = viewer.get("/api/v1/identities?limit=1").json().path("items").get(0).path("id").asLong();
        assertThat(anonymous.get(Api.OPENAPI).status()).isEqualTo(200);
        long post = manager.post("/api/v1/posts", "{\"text\": \"Hello\"}").json().path("id").asLong();
        suggestLink("erin", "frank");
        for (String path : List.of("/workspace", "/people", "/people/suggestions", "/identities", "/activities",
                "/conversations", "/posts",
                "/reactions", "/following", "/followers")) {
            answersEveryRead(Api.PREFIX + path);
        }
        for (String path : List.of("/people/%d", "/people/%d/activities", "/people/%d/merges")) {
            answersEveryRead(Api.PREFIX + path.formatted(alice));
            assertThat(viewer.get(Api.PREFIX + path.formatted(MISSING)).status()).isEqualTo(404);
        }
        for (String path : List.of("/search/activities?q=hello", "/search/people?q=alice")) {
            assertThat(viewer.get(Api.PREFIX + path).status()).as(path).isEqualTo(200);
            assertThat(anonymous.get(Api.PREFIX + path).status()).as(path).isEqualTo(401);
            assertThat(viewer.get(Api.PREFIX + path + "&colour=blue").status()).as(path).isEqualTo(400);
        }
        Map<String, Long> byId = Map.of("/identities/%d", identity, "/activities/%d", activity.path("id").asLong(),
                "/conversations/%d", conversation, "/posts/%d", post, "/conversations/%d/notes", conversation);
        byId.forEach((path, id) -> {
            answersEveryRead(Api.PREFIX + path.formatted(id));
            assertThat(viewer.get(Api.PREFIX + path.formatted(MISSING)).status()).isEqualTo(404);
        });
        measurementAnswersAsDocumented();
    }

    /** On a scored community, so that every list holds items, and a cascade, a median and an alert are there to check. */
    private void measurementAnswersAsDocumented() {
        ApiClient reader = server.client(lumen.viewer());
        for (String path : List.of("/measures?from=2026-03-01&to=2026-03-31", "/measures/posts?from=2026-03-01&until=2026-03-31")) {
            assertThat(reader.get(Api.PREFIX + path).json().toString()).as(path).contains("\"negative\"");
            assertThat(reader.get(Api.PREFIX + path + "&scope=community:" + MISSING).status()).as(path).isEqualTo(404);
            assertThat(reader.get(Api.PREFIX + path + "&colour=blue").status()).as(path).isEqualTo(400);
            assertThat(anonymous.get(Api.PREFIX + path).status()).as(path).isEqualTo(401);
        }
        assertThat(reader.get(Api.PREFIX + "/measures/posts?scope=all&from=2026-03-01&until=2026-03-31&sentiment=negative"
                + "&advocacy=mention&measure=goal&cursor=&limit=5").status()).isEqualTo(200);
        for (String path : List.of("/advocates", "/advocates/posts", "/leaders", "/alerts", "/engagement/cohorts")) {
            assertThat(reader.get(Api.PREFIX + path).json().path("items")).as(path).isNotEmpty();
            answersEveryRead(reader, Api.PREFIX + path);
        }
        assertThat(reader.get(Api.PREFIX + "/engagement").json().path("months")).isNotEmpty();
        answersEveryRead(reader, Api.PREFIX + "/engagement");
        assertThat(reader.get(Api.PREFIX + "/engagement/people?month=2026-03-01").json().path("items")).isNotEmpty();
        assertThat(reader.get(Api.PREFIX + "/engagement/people?month=2026-03-01&level=3&moved=up&limit=5").status()).isEqualTo(200);
        assertThat(reader.get(Api.PREFIX + "/engagement/people").status()).as("a month is required").isEqualTo(400);
        assertThat(anonymous.get(Api.PREFIX + "/engagement/people?month=2026-03-01").status()).isEqualTo(401);
        assertThat(reader.get(Api.PREFIX + "/leaders?community=" + MISSING).status()).isEqualTo(404);
        for (String wrote : List.of(Lumen.BOB_BROKEN, Lumen.RECOMMENDATION)) {
            answersEveryRead(reader, Api.PREFIX + "/people/%d/relationship".formatted(lumen.authorOf(wrote)));
        }
        assertThat(reader.get(Api.PREFIX + "/people/%d/relationship".formatted(MISSING)).status()).isEqualTo(404);
    }

    /** Two seeded people linking to one unverified website: a suggestion, not a merge. */
    private void suggestLink(String... names) {
        long workspaceId = seed.workspace().id();
        for (String name : names) {
            Identity who = db.store().people().identitiesOf(workspaceId, seed.person(db.store(), name)).get(0);
            db.store().identityLinks().recordClaims(workspaceId, new IdentityKey(who.platform(), who.stableId()),
                    List.of(ProfileClaim.of(ClaimKind.WEBSITE, "https://shared.example", false)));
        }
        assertThat(viewer.get("/api/v1/people/suggestions").json().path("items")).hasSize(1);
    }

    private void answersEveryRead(String path) {
        answersEveryRead(viewer, path);
    }

    private void answersEveryRead(ApiClient reader, String path) {
        assertThat(reader.get(path).status()).as(path).isEqualTo(200);
        String everyParameter = server.contract().queryParameters("GET", path).stream()
                .map(name -> name + "=").collect(Collectors.joining("&", "?", ""));
        assertThat(reader.get(path + everyParameter).status()).as(path + everyParameter).isEqualTo(200);
        assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
        assertThat(reader.get(path + "?colour=blue").status()).as(path).isEqualTo(400);
    }

    private void writesAnswerAsDocumented() {
        long alice = seed.person(db.store(), "alice");
        long bob = seed.person(db.store(), "bob");
        String merge = "/api/v1/people/%d/merge".formatted(alice);
        String body = "{\"person_id\": %d}".formatted(bob);
        assertThat(anonymous.post(merge, body).status()).isEqualTo(401);
        assertThat(viewer.post(merge, body).status()).isEqualTo(403);
        assertThat(manager.post("/api/v1/people/%d/merge".formatted(MISSING), body).status()).isEqualTo(404);
        assertThat(manager.post(merge, "{\"person_id\": \"bob\"}").status()).isEqualTo(400);
        assertThat(manager.post(merge, "{\"person_id\": %d}".formatted(MISSING)).status()).isEqualTo(422);
        long mergeId = manager.post(merge, body).json().path("id").asLong();

        String undo = "/api/v1/merges/%d/undo".formatted(mergeId);
        assertThat(anonymous.post(undo, "").status()).isEqualTo(401);
        assertThat(viewer.post(undo, "").status()).isEqualTo(403);
        assertThat(manager.post("/api/v1/merges/%d/undo".formatted(MISSING), "").status()).isEqualTo(404);
        assertThat(manager.post(undo + "?now=1", "").status()).isEqualTo(400);
        assertThat(manager.post(undo, "").status()).isEqualTo(200);
        assertThat(manager.post(undo, "").status()).isEqualTo(422);

        bulkMergesAnswerAsDocumented();

        String conversation = "/api/v1/conversations/%d".formatted(seed.anyConversation(db.store()));
        String answered = "{\"status\": \"answered\"}";
        assertThat(anonymous.patch(conversation, answered).status()).isEqualTo(401);
        assertThat(viewer.patch(conversation, answered).status()).isEqualTo(403);
        assertThat(manager.patch("/api/v1/conversations/%d".formatted(MISSING), answered).status()).isEqualTo(404);
        assertThat(manager.patch(conversation, "{}").status()).isEqualTo(400);
        assertThat(manager.patch(conversation, "{\"assignee_id\": %d}".formatted(MISSING)).status()).isEqualTo(422);
        assertThat(manager.patch(conversation, answered).status()).isEqualTo(200);
        notesAnswerAsDocumented(conversation + "/notes");

        postsAnswerAsDocumented();
        reactionsAnswerAsDocumented();
        movingAnswersAsDocumented();
        profilesAnswerAsDocumented();
        followsAnswerAsDocumented();
        accountBlocksAnswerAsDocumented();
        domainBlocksAnswerAsDocumented();
        reportsAnswerAsDocumented();
    }

    private void bulkMergesAnswerAsDocumented() {
        long carol = seed.person(db.store(), "carol");
        long dave = seed.person(db.store(), "dave");
        String merges = "/api/v1/people/merges";
        String body = "{\"merges\": [{\"survivor_id\": %d, \"person_id\": %d, \"reason\": \"same avatar\"}]}"
                .formatted(carol, dave);
        assertThat(anonymous.post(merges, body).status()).isEqualTo(401);
        assertThat(viewer.post(merges, body).status()).isEqualTo(403);
        assertThat(manager.post(merges, "{\"merges\": []}").status()).isEqualTo(400);
        assertThat(manager.post(merges, "{\"merges\": [{\"survivor_id\": %d, \"person_id\": %d}]}"
                .formatted(carol, MISSING)).status()).isEqualTo(422);
        long mergeId = manager.post(merges, body).json().path("items").get(0).path("id").asLong();

        String undo = "/api/v1/people/merges/undo";
        String undoBody = "{\"merge_ids\": [%d]}".formatted(mergeId);
        assertThat(anonymous.post(undo, undoBody).status()).isEqualTo(401);
        assertThat(viewer.post(undo, undoBody).status()).isEqualTo(403);
        assertThat(manager.post(undo, "{\"merge_ids\": \"all\"}").status()).isEqualTo(400);
        assertThat(manager.post(undo, undoBody).status()).isEqualTo(200);
        assertThat(manager.post(undo, undoBody).status()).isEqualTo(422);
    }

    private void notesAnswerAsDocumented(String notes) {
        String note = "{\"text\": \"Called back.\", \"author_id\": %d}".formatted(seed.memberId());
        assertThat(anonymous.post(notes, note).status()).isEqualTo(401);
        assertThat(viewer.post(notes, note).status()).isEqualTo(403);
        assertThat(manager.post("/api/v1/conversations/%d/notes".formatted(MISSING), note).status()).isEqualTo(404);
        assertThat(manager.post(notes, "{\"text\": \"no author\"}").status()).isEqualTo(400);
        assertThat(manager.post(notes, "{\"text\": \"x\", \"author_id\": %d}".formatted(MISSING)).status()).isEqualTo(422);
        assertThat(manager.post(notes, note).status()).isEqualTo(201);
    }

    private void reportsAnswerAsDocumented() {
        String brand = "http://127.0.0.1/users/" + seed.brand(db.store()).username();
        Report report = db.store().reports().receive(seed.workspace().id(), new NewReport("https://mod.example/flags/1",
                "https://mod.example/actor", "@mod.example@mod.example", List.of(brand), List.of(brand + "/statuses/1"),
                "spam", Instant.parse("2026-02-01T10:00:00Z"))).orElseThrow();
        String list = "/api/v1/reports";
        assertThat(manager.get(list).status()).isEqualTo(200);
        assertThat(manager.get(list + "?cursor=&limit=").status()).isEqualTo(200);
        assertThat(manager.get(list + "?colour=blue").status()).isEqualTo(400);
        assertThat(anonymous.get(list).status()).isEqualTo(401);
        assertThat(viewer.get(list).status()).isEqualTo(403);
        String resolve = "/api/v1/reports/%d/resolve".formatted(report.id());
        assertThat(anonymous.post(resolve, "").status()).isEqualTo(401);
        assertThat(viewer.post(resolve, "").status()).isEqualTo(403);
        assertThat(manager.post("/api/v1/reports/%d/resolve".formatted(MISSING), "").status()).isEqualTo(404);
        assertThat(manager.post(resolve + "?now=1", "").status()).isEqualTo(400);
        ApiResponse resolved = manager.post(resolve, "");
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().path("resolved_by").asText()).isEqualTo("token script");
        assertThat(manager.post(resolve, "").status()).isEqualTo(422);
    }

    private void movingAnswersAsDocumented() {
        ApiClient owner = server.client(db.store().apiTokens().create(seed.workspace().id(), "mover", Role.OWNER).secret());
        ApiClient ownerWithoutActor = server.client(db.store().apiTokens().create(withoutActor.workspace().id(), "mover",
                Role.OWNER).secret());
        String brand = "http://127.0.0.1/users/" + seed.brand(db.store()).username();
        LocalActor newHome = new ActorProvisioner(db.store().localActors()).create(db.newWorkspace().id(), "new_home",
                ActorKind.ORGANIZATION, "New home", "");
        String newHomeUri = "http://127.0.0.1/users/new_home";
        assertThat(owner.get("/api/v1/moving").status()).isEqualTo(200);
        assertThat(owner.get("/api/v1/moving?colour=blue").status()).isEqualTo(400);
        assertThat(anonymous.get("/api/v1/moving").status()).isEqualTo(401);
        assertThat(manager.get("/api/v1/moving").status()).isEqualTo(403);
        assertThat(ownerWithoutActor.get("/api/v1/moving").status()).isEqualTo(422);

        String alias = "{\"account\": \"@new_home@127.0.0.1\"}";
        assertThat(anonymous.post("/api/v1/moving/aliases", alias).status()).isEqualTo(401);
        assertThat(manager.post("/api/v1/moving/aliases", alias).status()).isEqualTo(403);
        assertThat(owner.post("/api/v1/moving/aliases", "{\"account\": 1}").status()).isEqualTo(400);
        assertThat(owner.post("/api/v1/moving/aliases", "{\"account\": \"@nobody@127.0.0.1\"}").status()).isEqualTo(422);
        ApiResponse added = owner.post("/api/v1/moving/aliases", alias);
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().path("also_known_as").toString()).contains(newHomeUri);

        String remove = "/api/v1/moving/aliases?alias=" + newHomeUri;
        assertThat(anonymous.delete(remove).status()).isEqualTo(401);
        assertThat(manager.delete(remove).status()).isEqualTo(403);
        assertThat(owner.delete("/api/v1/moving/aliases?alias=https://else.example/users/x").status()).isEqualTo(400);
        assertThat(owner.delete(remove).json().path("also_known_as").size()).isZero();

        String move = "{\"target\": \"%s\"}".formatted(newHomeUri);
        assertThat(anonymous.post("/api/v1/moving/move", move).status()).isEqualTo(401);
        assertThat(manager.post("/api/v1/moving/move", move).status()).isEqualTo(403);
        assertThat(owner.post("/api/v1/moving/move", "{}").status()).isEqualTo(400);
        ApiResponse refused = owner.post("/api/v1/moving/move", move);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("error").path("message").asText()).contains("as an alias on the new account first");
        db.store().localActors().setAlsoKnownAs(newHome.workspaceId(), newHome.id(), List.of(brand));
        ApiResponse moved = owner.post("/api/v1/moving/move", move);
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().path("moved_to").asText()).isEqualTo(newHomeUri);
        assertThat(manager.post("/api/v1/posts", "{\"text\": \"after the move\"}").status()).isEqualTo(422);

        assertThat(anonymous.delete("/api/v1/moving/move").status()).isEqualTo(401);
        assertThat(manager.delete("/api/v1/moving/move").status()).isEqualTo(403);
        assertThat(owner.delete("/api/v1/moving/move?now=1").status()).isEqualTo(400);
        ApiResponse undone = owner.delete("/api/v1/moving/move");
        assertThat(undone.status()).isEqualTo(200);
        assertThat(undone.json().path("moved_to").isNull()).isTrue();
        assertThat(undone.json().path("moves").size()).isEqualTo(2);
        assertThat(owner.delete("/api/v1/moving/move").status()).isEqualTo(422);
    }

    private void profilesAnswerAsDocumented() {
        String brand = seed.brand(db.store()).username();
        String profile = "/api/v1/profiles/" + brand;
        assertThat(viewer.get("/api/v1/profiles").json().path("items")).anySatisfy(item ->
                assertThat(item.path("username").asText()).isEqualTo(brand));
        answersEveryRead("/api/v1/profiles");
        answersEveryRead(profile);
        assertThat(viewer.get("/api/v1/profiles/nobody_here").status()).isEqualTo(404);
        assertThat(viewer.get("/api/v1/profiles/instance_actor").status()).isEqualTo(404);

        String edit = """
                {"display_name": "Fernhill Bikes", "summary": "City bikes", "fields": [{"name": "Website", "value": "https://fernhill.example"}]}""";
        assertThat(anonymous.patch(profile, edit).status()).isEqualTo(401);
        assertThat(viewer.patch(profile, edit).status()).isEqualTo(403);
        assertThat(manager.patch("/api/v1/profiles/nobody_here", edit).status()).isEqualTo(404);
        assertThat(manager.patch(profile, "{}").status()).isEqualTo(400);
        assertThat(manager.patch(profile, "{\"fields\": [{\"name\": \"\", \"value\": \"x\"}]}").message())
                .contains("a profile field needs a label");
        assertThat(manager.patch(profile, "{\"fields\": [{\"name\": \"a\", \"colour\": \"x\"}]}").message())
                .contains("unknown field 'fields[0].colour'");
        ApiResponse edited = manager.patch(profile, edit);
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().path("display_name").asText()).isEqualTo("Fernhill Bikes");
        assertThat(edited.json().path("fields").get(0).path("value_html").asText()).contains("rel=\"me nofollow");
        assertThat(manager.patch(profile, "{\"summary\": null}").json().path("fields").size()).isEqualTo(1);

        for (String slot : List.of("avatar", "header")) {
            String image = profile + "/" + slot;
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
            assertThat(anonymous.put(image, png, "image/png").status()).isEqualTo(401);
            assertThat(viewer.put(image, png, "image/png").status()).isEqualTo(403);
            assertThat(manager.put("/api/v1/profiles/nobody_here/" + slot, png, "image/png").status()).isEqualTo(404);
            ApiResponse notAnImage = manager.put(image, "<svg/>".getBytes(java.nio.charset.StandardCharsets.UTF_8), "image/png");
            assertThat(notAnImage.status()).isEqualTo(400);
            assertThat(notAnImage.message()).contains("is not a PNG, JPEG, GIF or WebP image");
            assertThat(manager.put(image, java.util.Arrays.copyOf(png, 5 * 1024 * 1024), "image/png").message())
                    .contains("the limit is");
            ApiResponse stored = manager.put(image, png, "application/octet-stream");
            assertThat(stored.status()).isEqualTo(200);
            assertThat(stored.json().path(slot).path("media_type").asText()).isEqualTo("image/png");
            assertThat(stored.json().path(slot).path("url").asText()).contains("/media/actors/" + brand + "/" + slot + "?v=");

            assertThat(anonymous.delete(image).status()).isEqualTo(401);
            assertThat(viewer.delete(image).status()).isEqualTo(403);
            assertThat(manager.delete("/api/v1/profiles/nobody_here/" + slot).status()).isEqualTo(404);
            assertThat(manager.delete(image + "?now=1").status()).isEqualTo(400);
            assertThat(manager.delete(image).json().path(slot).isNull()).isTrue();
        }
        assertThat(server.client(withoutActor.manager()).get("/api/v1/profiles").json().path("items").size()).isZero();
    }

    private void followsAnswerAsDocumented() {
        ApiClient withoutActorManager = server.client(withoutActor.manager());
        try (RemoteAccount rosa = RemoteAccount.start("rosa")) {
            String list = "/api/v1/following";
            String follow = "{\"account\": \"%s\"}".formatted(rosa.actorUri);
            assertThat(anonymous.post(list, follow).status()).isEqualTo(401);
            assertThat(viewer.post(list, follow).status()).isEqualTo(403);
            assertThat(manager.post(list, "{\"account\": \"not an account\"}").status()).isEqualTo(400);
            assertThat(manager.post(list, "{\"account\": \"%s\"}".formatted(rosa.noteUri)).status()).isEqualTo(422);
            ApiResponse followed = manager.post(list, follow);
            assertThat(followed.status()).isEqualTo(202);
            assertThat(manager.post(list, follow).status()).isEqualTo(200);
            deletesAnswerAsDocumented(list + "/" + followed.json().path("id").asLong(), withoutActorManager);
        }
        db.store().follows().saveFollower(new Follow(seed.brand(db.store()).id(), "https://social.example/users/sam",
                "https://social.example/users/sam/inbox", Optional.empty(), FollowState.ACCEPTED,
                "https://social.example/users/sam/follows/1", Instant.parse("2026-02-01T10:00:00Z")));
        long follower = viewer.get("/api/v1/followers").json().path("items").get(0).path("id").asLong();
        deletesAnswerAsDocumented("/api/v1/followers/" + follower, withoutActorManager);
    }

    private void deletesAnswerAsDocumented(String path, ApiClient withoutActorManager) {
        assertThat(anonymous.delete(path).status()).isEqualTo(401);
        assertThat(viewer.delete(path).status()).isEqualTo(403);
        assertThat(manager.delete(path + "?now=1").status()).isEqualTo(400);
        assertThat(withoutActorManager.delete(path).status()).isEqualTo(422);
        assertThat(manager.delete(path).status()).isEqualTo(200);
        assertThat(manager.delete(path).status()).isEqualTo(404);
    }

    private void accountBlocksAnswerAsDocumented() {
        String list = "/api/v1/blocks/accounts";
        assertThat(manager.get(list).status()).isEqualTo(200);
        assertThat(manager.get(list + "?colour=blue").status()).isEqualTo(400);
        assertThat(anonymous.get(list).status()).isEqualTo(401);
        assertThat(viewer.get(list).status()).isEqualTo(403);
        try (RemoteAccount troll = RemoteAccount.start("troll")) {
            String block = "{\"account\": \"%s\", \"reason\": \"spam\"}".formatted(troll.actorUri);
            assertThat(anonymous.post(list, block).status()).isEqualTo(401);
            assertThat(viewer.post(list, block).status()).isEqualTo(403);
            assertThat(manager.post(list, "{\"account\": \"not an account\"}").status()).isEqualTo(400);
            assertThat(manager.post(list, "{\"account\": \"http://127.0.0.1:9/users/nobody\"}").status()).isEqualTo(422);
            ApiResponse created = manager.post(list, block);
            assertThat(created.status()).isEqualTo(201);
            assertThat(manager.post(list, block).status()).isEqualTo(200);
            String unblock = list + "/" + created.json().path("id").asLong();
            assertThat(anonymous.delete(unblock).status()).isEqualTo(401);
            assertThat(viewer.delete(unblock).status()).isEqualTo(403);
            assertThat(manager.delete(unblock + "?now=1").status()).isEqualTo(400);
            assertThat(manager.delete(unblock).status()).isEqualTo(200);
            assertThat(manager.delete(unblock).status()).isEqualTo(404);
        }
    }

    private void domainBlocksAnswerAsDocumented() {
        String list = "/api/v1/blocks/domains";
        assertThat(manager.get(list).status()).isEqualTo(200);
        assertThat(manager.get(list + "?colour=blue").status()).isEqualTo(400);
        assertThat(anonymous.get(list).status()).isEqualTo(401);
        assertThat(viewer.get(list).status()).isEqualTo(403);
        String block = "{\"domain\": \"spam.example\", \"reason\": \"spam\"}";
        assertThat(anonymous.post(list, block).status()).isEqualTo(401);
        assertThat(viewer.post(list, block).status()).isEqualTo(403);
        assertThat(manager.post(list, "{\"domain\": \"not a server/name\"}").status()).isEqualTo(400);
        assertThat(manager.post(list, block).status()).isEqualTo(201);
        assertThat(manager.get(list).json().path("items")).anySatisfy(item ->
                assertThat(item.path("reason").asText()).isEqualTo("spam"));
        String unblock = list + "/spam.example";
        assertThat(anonymous.delete(unblock).status()).isEqualTo(401);
        assertThat(viewer.delete(unblock).status()).isEqualTo(403);
        assertThat(manager.delete(unblock + "?now=1").status()).isEqualTo(400);
        assertThat(manager.delete(unblock).status()).isEqualTo(200);
        assertThat(manager.delete(unblock).status()).isEqualTo(404);
    }

    private void postsAnswerAsDocumented() {
        String hello = "{\"text\": \"Hello\"}";
        assertThat(anonymous.post("/api/v1/posts", hello).status()).isEqualTo(401);
        assertThat(viewer.post("/api/v1/posts", hello).status()).isEqualTo(403);
        assertThat(manager.post("/api/v1/posts", "{\"text\": 1}").status()).isEqualTo(400);
        assertThat(server.client(withoutActor.manager()).post("/api/v1/posts", hello).status()).isEqualTo(422);
        ApiResponse created = manager.post("/api/v1/posts", hello);
        assertThat(created.status()).isEqualTo(201);
        String post = created.headers().firstValue("Location").orElseThrow();

        String edit = "{\"text\": \"Hello again\"}";
        assertThat(anonymous.patch(post, edit).status()).isEqualTo(401);
        assertThat(viewer.patch(post, edit).status()).isEqualTo(403);
        assertThat(manager.patch("/api/v1/posts/%d".formatted(MISSING), edit).status()).isEqualTo(404);
        assertThat(manager.patch(post, "{}").status()).isEqualTo(400);
        assertThat(manager.patch(post, edit).status()).isEqualTo(200);

        assertThat(anonymous.delete(post).status()).isEqualTo(401);
        assertThat(viewer.delete(post).status()).isEqualTo(403);
        assertThat(manager.delete("/api/v1/posts/%d".formatted(MISSING)).status()).isEqualTo(404);
        assertThat(manager.delete(post + "?now=1").status()).isEqualTo(400);
        assertThat(manager.delete(post).status()).isEqualTo(200);
        assertThat(manager.patch(post, edit).status()).isEqualTo(422);
    }

    private void reactionsAnswerAsDocumented() {
        String object = manager.post("/api/v1/posts", "{\"text\": \"Like me\"}").json().path("uri").asText();
        String like = "{\"type\": \"like\", \"object\": \"%s\"}".formatted(object);
        assertThat(anonymous.post("/api/v1/reactions", like).status()).isEqualTo(401);
        assertThat(viewer.post("/api/v1/reactions", like).status()).isEqualTo(403);
        assertThat(manager.post("/api/v1/reactions", "{\"type\": \"wave\", \"object\": \"x\"}").status()).isEqualTo(400);
        assertThat(server.client(withoutActor.manager()).post("/api/v1/reactions", like).status()).isEqualTo(422);
        ApiResponse liked = manager.post("/api/v1/reactions", like);
        assertThat(liked.status()).isEqualTo(201);
        assertThat(manager.post("/api/v1/reactions", like).status()).isEqualTo(200);

        String undo = "/api/v1/reactions/" + liked.json().path("id").asLong();
        assertThat(anonymous.delete(undo).status()).isEqualTo(401);
        assertThat(viewer.delete(undo).status()).isEqualTo(403);
        assertThat(manager.delete("/api/v1/reactions/%d".formatted(MISSING)).status()).isEqualTo(404);
        assertThat(manager.delete(undo + "?now=1").status()).isEqualTo(400);
        assertThat(manager.delete(undo).status()).isEqualTo(200);
    }

    @Test
    void theDocumentedRequestBodiesAcceptWhatTheServerAccepts() {
        OpenApiContract contract = server.contract();
        assertThat(contract.validate("MergeRequest", json("{\"person_id\": 3, \"reason\": \"same avatar\", \"confidence\": 0.7}")))
                .isEmpty();
        assertThat(contract.validate("MergeRequest", json("{\"person_id\": 3, \"colour\": \"blue\"}"))).isNotEmpty();
        assertThat(contract.validate("BulkMergeRequest", json(
                "{\"merges\": [{\"survivor_id\": 1, \"person_id\": 2, \"reason\": \"both named Ζωή\", \"confidence\": 0.8}]}")))
                .isEmpty();
        assertThat(contract.validate("BulkMergeRequest", json("{\"merges\": []}"))).isNotEmpty();
        assertThat(contract.validate("BulkUndoRequest", json("{\"merge_ids\": [4, 5]}"))).isEmpty();
        assertThat(contract.validate("BulkUndoRequest", json("{\"merge_ids\": [\"4\"]}"))).isNotEmpty();
        assertThat(contract.validate("ConversationUpdate", json("{\"assignee_id\": null}"))).isEmpty();
        assertThat(contract.validate("ConversationUpdate", json("{}"))).isNotEmpty();
        assertThat(contract.validate("PostDraft", json("""
                {"text": "Vote!", "content_warning": null, "language": "pt-BR", "visibility": "unlisted",
                 "in_reply_to": null, "poll": {"options": ["yes", "no"], "multiple": true, "expires_in": 3600}}""")))
                .isEmpty();
        assertThat(contract.validate("PostDraft", json("{\"text\": \"hi\", \"poll\": {\"options\": [\"only\"], \"expires_in\": 3600}}")))
                .isNotEmpty();
        assertThat(contract.validate("PostEdit", json("{\"content_warning\": null}"))).isEmpty();
        assertThat(contract.validate("PostEdit", json("{\"visibility\": \"direct\"}"))).isNotEmpty();
        assertThat(contract.validate("ReactionRequest", json("{\"type\": \"boost\", \"object\": \"https://a.example/notes/1\"}")))
                .isEmpty();
        assertThat(contract.validate("ReactionRequest", json("{\"type\": \"announce\", \"object\": \"x\"}"))).isNotEmpty();
        assertThat(contract.validate("AccountBlockRequest", json("{\"account\": \"@troll@spam.example\", \"reason\": null}")))
                .isEmpty();
        assertThat(contract.validate("AccountBlockRequest", json("{\"reason\": \"spam\"}"))).isNotEmpty();
        assertThat(contract.validate("FollowRequest", json("{\"account\": \"@someone@social.example\"}"))).isEmpty();
        assertThat(contract.validate("FollowRequest", json("{\"account\": \"\"}"))).isNotEmpty();
        assertThat(contract.validate("DomainBlockRequest", json("{\"domain\": \"spam.example\"}"))).isEmpty();
        assertThat(contract.validate("DomainBlockRequest", json("{\"domain\": \"spam.example\", \"colour\": 1}")))
                .isNotEmpty();
        assertThat(contract.validate("ProfileEdit", json("""
                {"display_name": "Fernhill", "summary": null, "fields": [{"name": "Website", "value": "https://f.example"}]}""")))
                .isEmpty();
        assertThat(contract.validate("ProfileEdit", json("{\"fields\": [{\"name\": \"a\", \"value\": \"b\", \"x\": 1}]}")))
                .isNotEmpty();
        assertThat(contract.validate("ProfileEdit", json("{}"))).isNotEmpty();
        assertThat(Set.of(contract.document().path("openapi").asText())).containsExactly("3.1.0");
    }

    private static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
