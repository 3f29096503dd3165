package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.team.Role;
import dev.plaza.core.team.TeamMember;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.store.testing.TestStore;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An owner gives a team member an own fediverse account on Plaza's domain: a Person that WebFinger
 * finds, with its own actor document and profile page, whose profile is edited like the brand's.
 */
class TeamAccountsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static final ObjectMapper JSON = new ObjectMapper();

    static WebServer server;
    static Community community;
    static Browser owner;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "accounts", false);
        new ActorProvisioner(db.store().localActors()).create(community.workspace().id(), "accounts_brand",
                ActorKind.ORGANIZATION, "Brand", "");
        server = TestServers.start(db.store());
        owner = community.browser(server, Role.OWNER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anOwnerGivesAMemberAPersonAccountThatTheFediverseFinds() throws Exception {
        TeamMember member = member("Ana Lima", "ana@accounts.test");
        owner.get("/settings/team");

        HttpResponse<String> created = owner.post("/settings/team/" + member.id() + "/account", Map.of("username", "@ana_lima"));

        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(owner.get("/settings/team").body()).contains("Created @ana_lima@127.0.0.1 for Ana Lima")
                .contains("href=\"/settings/profile?actor=ana_lima\">@ana_lima@127.0.0.1</a>");
        LocalActor account = db.store().localActors().findByUsername("ana_lima").orElseThrow();
        assertThat(account.kind()).isEqualTo(ActorKind.PERSON);
        assertThat(account.teamMemberId()).contains(member.id());

        JsonNode jrd = json(Browser.at(server).get("/.well-known/webfinger?resource=acct:ana_lima@127.0.0.1"));
        assertThat(jrd.path("subject").asText()).isEqualTo("acct:ana_lima@127.0.0.1");
        assertThat(jrd.path("links").get(0).path("href").asText()).isEqualTo("http://127.0.0.1/users/ana_lima");
        JsonNode actor = json(activityJson("/users/ana_lima"));
        assertThat(actor.path("type").asText()).isEqualTo("Person");
        assertThat(actor.path("name").asText()).isEqualTo("Ana Lima");
        assertThat(actor.path("inbox").asText()).isEqualTo("http://127.0.0.1/users/ana_lima/inbox");
        assertThat(actor.path("publicKey").path("publicKeyPem").asText()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(Browser.at(server).get("/@ana_lima").body()).contains("<h1>Ana Lima</h1>").contains("@ana_lima@127.0.0.1");
    }

    @Test
    void theProfileEditorWorksForAMembersAccountAndTheBrandStaysThePublisher() throws Exception {
        TeamMember member = member("Bo", "bo@accounts.test");
        owner.get("/settings/team");
        owner.post("/settings/team/" + member.id() + "/account", Map.of("username", "bo"));

        String page = owner.get("/settings/profile?actor=bo").body();
        assertThat(page).contains("Profile of @bo@127.0.0.1").contains("team member").contains("value=\"accounts_brand\"");
        owner.post("/settings/profile/bo", Map.of("display_name", "Bo from Fernhill", "summary", "Mechanic",
                "field_name_1", "Pronouns", "field_value_1", "they/them"));

        JsonNode actor = json(activityJson("/users/bo"));
        assertThat(actor.path("name").asText()).isEqualTo("Bo from Fernhill");
        assertThat(actor.path("attachment").get(0).path("value").asText()).isEqualTo("they/them");
        assertThat(owner.get("/settings/profile").body()).as("the brand comes first").contains("Profile of @accounts_brand@");
        assertThat(PublishingActor.of(db.store().localActors(), community.workspace().id()).orElseThrow().username())
                .isEqualTo("accounts_brand");
    }

    @Test
    void aBadTakenOrSecondUsernameIsRefusedWithAMessage() {
        TeamMember member = member("Cy", "cy@accounts.test");
        owner.get("/settings/team");
        String path = "/settings/team/" + member.id() + "/account";

        owner.post(path, Map.of("username", "cy lee"));
        assertThat(owner.get("/settings/team").body()).contains("flash-error")
                .contains("'cy lee' is not a username: use 1-30 letters, digits or '_'");
        owner.post(path, Map.of("username", ""));
        assertThat(owner.get("/settings/team").body()).contains("choose a username for Cy's account");
        owner.post(path, Map.of("username", "ACCOUNTS_BRAND"));
        assertThat(owner.get("/settings/team").body()).contains("the username 'ACCOUNTS_BRAND' is taken on this server");
        assertThat(db.store().localActors().list(community.workspace().id()))
                .noneMatch(a -> a.teamMemberId().equals(java.util.Optional.of(member.id())));

        owner.post(path, Map.of("username", "cy"));
        owner.post(path, Map.of("username", "cy_two"));
        assertThat(owner.get("/settings/team").body()).contains("this team member already has the fediverse account @cy");
        assertThat(db.store().localActors().findByUsername("cy_two")).isEmpty();
    }

    @Test
    void onlyOwnersCreateAccountsAndOnlyWithTheCsrfToken() {
        TeamMember member = member("Dee", "dee@accounts.test");
        Browser manager = community.browser(server, Role.MANAGER);
        manager.get("/settings/team");

        assertThat(manager.post("/settings/team/" + member.id() + "/account", Map.of("username", "dee")).statusCode())
                .isEqualTo(403);
        assertThat(manager.get("/settings/team").body()).doesNotContain("Create account");
        owner.get("/settings/team");
        assertThat(owner.postRaw("/settings/team/" + member.id() + "/account", Map.of("username", "dee")).statusCode())
                .isEqualTo(403);
        assertThat(owner.post("/settings/team/987654/account", Map.of("username", "nobody_here")).statusCode())
                .isEqualTo(404);
        assertThat(db.store().localActors().findByUsername("dee")).isEmpty();
    }

    private static TeamMember member(String name, String email) {
        return db.store().team().add(community.workspace().id(), email, name, Role.VIEWER, Community.PASSWORD.toCharArray());
    }

    private static HttpResponse<String> activityJson(String path) {
        Browser anyone = Browser.at(server);
        return anyone.send(anyone.request(path).header("Accept", "application/activity+json").GET());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
