package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.ClaimKind;
import dev.plaza.core.people.LinkEvidence;
import dev.plaza.core.people.LinkSuggestion;
import dev.plaza.core.people.MergeRequest;
import dev.plaza.core.people.PersonMerge;
import dev.plaza.core.people.ProfileClaim;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Suggested links, bulk merges and bulk undo, from the pages and the API, for managers and viewers. */
class PeopleLinksTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;
    static Browser manager;
    static Browser viewer;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "links", false);
        server = TestServers.start(db.store());
        manager = community.browser(server, Role.MANAGER);
        viewer = community.browser(server, Role.VIEWER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long workspace() {
        return community.workspace().id();
    }

    /** Two identities, one per platform, with names that fold to the same key: a suggestion. */
    private static LinkSuggestion suggestedPair(String user, String fediverseName, String blueskyName) {
        SeenIdentity masto = SeenIdentity.of(Platform.FEDIVERSE, "https://links.social.test/users/" + user,
                "@" + user + "@links.social.test", fediverseName, Optional.of("https://links.social.test/@" + user));
        SeenIdentity sky = SeenIdentity.of(Platform.BLUESKY, "did:plc:" + user, user + "x.bsky.test", blueskyName,
                Optional.empty());
        db.store().ingest().ingest(workspace(), new IngestBatch(List.of(masto, sky), List.of(), Optional.empty()),
                Progress.NONE);
        db.store().identityLinks().recordClaims(workspace(), masto.key(),
                List.of(ProfileClaim.of(ClaimKind.REL_ME, "https://" + user + ".example", true)));
        return db.store().identityLinks().recordClaims(workspace(), sky.key(), List.of()).suggestions().getFirst();
    }

    private static HttpResponse<String> api(Role role, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + community.tokens().get(role))
                .header("Content-Type", "application/json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return viewer.send(request);
    }

    @Test
    void viewersSeeSuggestionsWithBothPeopleTheEvidenceAndConfidenceButCannotAct() {
        LinkSuggestion zoya = suggestedPair("zoya", "Зоя Иванова", "ЗОЯ ИВАНОВА");

        String page = viewer.get("/people/suggestions").body();

        assertThat(page).contains("Suggested links").contains("Зоя Иванова").contains("ЗОЯ ИВАНОВА")
                .contains("@zoya@links.social.test").contains("zoyax.bsky.test")
                .contains("both are named “ЗОЯ ИВАНОВА”")
                .contains("<meter min=\"0\" max=\"1\" value=\"" + zoya.confidence() + "\"")
                .doesNotContain("Merge selected").doesNotContain("name=\"suggestion\"");
        assertThat(viewer.get("/people").body()).contains("href=\"/people/suggestions\"");
        assertThat(viewer.post("/people/suggestions/merge", List.of(Map.entry("suggestion", "" + zoya.id())))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aManagerMergesTheSelectedSuggestionsInOneGo() {
        LinkSuggestion li = suggestedPair("li", "李小龍", "李小龍");
        LinkSuggestion anita = suggestedPair("anita", "अनीता शर्मा", "अनीता शर्मा");
        assertThat(manager.get("/people/suggestions").body()).contains("Merge selected").contains("Dismiss selected")
                .contains("value=\"" + li.id() + "\" form=\"suggestions-form\"").contains("name=\"_csrf\"");

        HttpResponse<String> merged = manager.post("/people/suggestions/merge",
                List.of(Map.entry("suggestion", "" + li.id()), Map.entry("suggestion", "" + anita.id())));

        assertThat(merged.statusCode()).isEqualTo(303);
        assertThat(manager.get("/people/suggestions").body()).contains("Merged 2 pairs of people")
                .doesNotContain("李小龍").doesNotContain("अनीता शर्मा");
        long person = db.store().people().identity(workspace(), li.left().id()).orElseThrow().personId();
        assertThat(db.store().people().identitiesOf(workspace(), person)).hasSize(2);
        assertThat(db.store().people().mergesOf(workspace(), person)).singleElement()
                .satisfies(m -> assertThat(m.byMemberId()).isPresent());
    }

    @Test
    void dismissedSuggestionsLeaveTheListForGoodAndAFailedBulkChangesNothing() {
        LinkSuggestion sofia = suggestedPair("sofia", "Σοφία Παππά", "ΣΟΦΊΑ ΠΑΠΠΆ");
        LinkSuggestion omar = suggestedPair("omar", "عمر خالد", "عمر خالد");

        assertThat(manager.get("/people/suggestions").body()).contains("Σοφία Παππά");
        HttpResponse<String> dismissed = manager.post("/people/suggestions/dismiss",
                List.of(Map.entry("suggestion", "" + sofia.id())));
        assertThat(dismissed.statusCode()).as(dismissed.body()).isEqualTo(303);
        assertThat(db.store().identityLinks().suggestion(workspace(), sofia.id()).orElseThrow().state().key())
                .isEqualTo("dismissed");
        HttpResponse<String> refused = manager.post("/people/suggestions/merge",
                List.of(Map.entry("suggestion", "" + omar.id()), Map.entry("suggestion", "" + sofia.id())));

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(manager.get("/people/suggestions").body())
                .contains("cannot accept suggestion %d (2 of 2): it is already dismissed".formatted(sofia.id()))
                .contains("عمر خالد").doesNotContain("Σοφία Παππά");
        assertThat(db.store().identityLinks().suggestion(workspace(), omar.id()).orElseThrow().state().key())
                .isEqualTo("open");
        assertThat(manager.post("/people/suggestions/dismiss", List.of()).statusCode()).isEqualTo(303);
        assertThat(manager.get("/people/suggestions").body()).contains("Select at least one suggestion first.");
    }

    @Test
    void aPersonShowsTheirClaimsAndSuggestionsAndUndoesSeveralMergesAtOnce() {
        LinkSuggestion noor = suggestedPair("noor", "Noor Haddad", "NOOR HADDAD");
        long noorPerson = noor.left().personId();
        String page = viewer.get("/people/" + noorPerson).body();
        assertThat(page).contains("What their profiles claim").contains("https://noor.example").contains("verified")
                .contains("May also be").contains("both are named");

        long grace = community.person(db.store(), "Grace");
        long linus = community.person(db.store(), "Linus");
        LinkEvidence byHand = new LinkEvidence("same person", 1.0);
        List<PersonMerge> merges = db.store().people().mergeAll(workspace(), List.of(
                new MergeRequest(grace, linus, byHand), new MergeRequest(grace, noorPerson, byHand)), Optional.empty());
        assertThat(manager.get("/people/" + grace).body()).contains("Undo selected merges")
                .contains("name=\"merge\" value=\"" + merges.get(0).id() + "\" form=\"bulk-undo\"");

        HttpResponse<String> undone = manager.post("/people/" + grace + "/merges/undo",
                merges.stream().map(m -> Map.entry("merge", "" + m.id())).toList());

        assertThat(undone.statusCode()).isEqualTo(303);
        assertThat(manager.get("/people/" + grace).body()).contains("Undid 2 merges");
        assertThat(db.store().people().find(workspace(), linus)).isPresent();
        assertThat(db.store().people().find(workspace(), noorPerson)).isPresent();
    }

    @Test
    void theApiListsSuggestionsAndMergesAndUndoesInBulkNamingThePairThatFailed() throws Exception {
        LinkSuggestion kenji = suggestedPair("kenji", "山田 健二", "山田 健二");
        JsonNode list = Json.mapper().readTree(api(Role.VIEWER, "GET", "/api/v1/people/suggestions?limit=200", "")
                .body());
        assertThat(list.path("items").findValuesAsText("display_name")).contains("山田 健二");

        long left = kenji.left().personId();
        long right = kenji.right().personId();
        HttpResponse<String> refused = api(Role.MANAGER, "POST", "/api/v1/people/merges", """
                {"merges": [{"survivor_id": %d, "person_id": %d}, {"survivor_id": %d, "person_id": 999999}]}"""
                .formatted(left, right, left));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("person 999999 into person %d (“山田 健二”) (pair 2 of 2)".formatted(left))
                .contains("nothing was merged");
        assertThat(db.store().people().find(workspace(), right)).isPresent();

        HttpResponse<String> merged = api(Role.MANAGER, "POST", "/api/v1/people/merges", """
                {"merges": [{"survivor_id": %d, "person_id": %d, "reason": "同じ人", "confidence": 0.8}]}"""
                .formatted(left, right));
        assertThat(merged.statusCode()).isEqualTo(201);
        JsonNode merge = Json.mapper().readTree(merged.body()).path("items").get(0);
        assertThat(merge.path("evidence").path("reason").asText()).isEqualTo("同じ人");
        assertThat(merge.path("merged_display_name").asText()).isEqualTo("山田 健二");

        HttpResponse<String> undone = api(Role.MANAGER, "POST", "/api/v1/people/merges/undo",
                "{\"merge_ids\": [%d]}".formatted(merge.path("id").asLong()));
        assertThat(undone.statusCode()).isEqualTo(200);
        assertThat(db.store().people().find(workspace(), right)).isPresent();
        assertThat(db.store().identityLinks().suggestions(workspace(), PageRequest.first(200)).items())
                .extracting(LinkSuggestion::id).contains(kenji.id());
    }
}
