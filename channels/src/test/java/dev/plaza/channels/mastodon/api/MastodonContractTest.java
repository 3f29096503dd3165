package dev.plaza.channels.mastodon.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MastodonContractTest {

    private static final MastodonContract CONTRACT = MastodonContract.load();

    private final ObjectNode alice = Fixtures.account("2", "alice", "social.example");

    @Test
    void theContractIsADraft202012SchemaThatCitesMastodonsDocumentation() {
        JsonNode document = CONTRACT.document();
        assertThat(document.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(document.path("$comment").asText()).contains("https://docs.joinmastodon.org/methods/apps/",
                "https://docs.joinmastodon.org/methods/oauth/", "https://docs.joinmastodon.org/methods/streaming/",
                "https://docs.joinmastodon.org/api/rate-limits/", "https://docs.joinmastodon.org/api/guidelines/#pagination");
        assertThat(CONTRACT.definitions()).contains("Application", "CredentialApplication", "Token", "Account", "Status",
                "Notification", "Error", "InstanceV2", "AppRegistrationRequest", "TokenRequest", "StatusRequest");
        JsonNode metaSchema = document.deepCopy();
        var meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(metaSchema)).as("the contract against the draft 2020-12 meta-schema").isEmpty();
    }

    @Test
    void theFakesEntitiesConformAndBrokenOnesDoNot() {
        ObjectNode status = Fixtures.mentioning(Fixtures.tagged(Fixtures.status("1001", alice, "<p>hi</p>"), "plaza"), alice);
        CONTRACT.assertValid("Account", alice);
        CONTRACT.assertValid("Status", status);
        CONTRACT.assertValid("Notification", Fixtures.notification("5", "mention", alice, status));

        List<String> caught = new ArrayList<>();
        check(caught, "Status", status.deepCopy().put("id", "abc"));
        check(caught, "Status", status.deepCopy().put("visibility", "everyone"));
        check(caught, "Status", status.deepCopy().put("created_at", "yesterday"));
        check(caught, "Account", alice.deepCopy().put("acct", "a@b@c"));
        ObjectNode mentionWithoutStatus = Fixtures.notification("5", "mention", alice, status);
        mentionWithoutStatus.remove("status");
        check(caught, "Notification", mentionWithoutStatus);
        check(caught, "Token", Fixtures.JSON.createObjectNode().put("access_token", "t").put("token_type", "MAC")
                .put("scope", "read").put("created_at", 1));
        check(caught, "Error", Fixtures.JSON.createObjectNode().put("message", "no error field"));
        check(caught, "StatusRequest", Fixtures.JSON.createObjectNode().put("status", "hi").put("poll", "sneaky"));
        check(caught, "TokenRequest", Fixtures.JSON.createObjectNode().put("grant_type", "password"));
        check(caught, "AppRegistrationRequest", Fixtures.JSON.createObjectNode().put("client_name", "Plaza")
                .put("redirect_uris", "https://plaza.example/cb").put("scopes", "read admin:write"));
        check(caught, "StreamDeletePayload", new TextNode("not-an-id"));
        assertThat(caught).as("every broken example is caught by the contract").hasSize(11);
    }

    private static void check(List<String> caught, String definition, JsonNode broken) {
        if (!CONTRACT.problems(definition, broken).isEmpty()) {
            caught.add(definition);
        }
    }

    @Test
    void everyBodyTheClientSendsAndEveryAnswerOfTheFakeConformsAcrossAFullSession() throws InterruptedException {
        TestClock clock = new TestClock(Instant.parse("2026-12-01T12:00:00Z"));
        try (FakeMastodon fake = new FakeMastodon(clock, CONTRACT)) {
            MastodonOAuth oauth = new MastodonOAuth(fake.http(), clock.pacer(), new SecureRandom());
            RegisteredApp app = oauth.register(fake.instance(), URI.create("https://plaza.example/cb"), Scopes.READ_WRITE,
                    URI.create("https://plaza.example"));
            Authorization authorization = oauth.authorize(app);
            AccessToken token = oauth.exchange(app, fake.approve(FakeMastodon.s256(authorization.codeVerifier())),
                    authorization.codeVerifier());
            MastodonClient client = new MastodonClient(fake.http(), fake.instance(), token, clock.pacer());
            client.verifyCredentials();
            ObjectNode mention = Fixtures.mentioning(Fixtures.status("1001", alice, "<p>@plaza hi</p>"), fake.brand());
            fake.timeline(mention);
            fake.notify(Fixtures.notification("501", "mention", alice, mention));
            client.entries(Timeline.mentions(), PageQuery.latest(40));
            client.statuses(Timeline.home(), PageQuery.latest(40));
            client.post(Reply.to("1001", "Hello Alice", "reply-contract-1"));
            fake.stream(fake.events("update", Fixtures.status("1002", alice, "<p>live</p>"), "delete", "1002"));
            List<MastodonSource.Delivery> deliveries = new ArrayList<>();
            new MastodonSource(client, Timeline.home(), new GuardedStreamConnector(fake.http(), Duration.ofSeconds(5)),
                    MastodonSource.Settings.DEFAULT).run(Optional.of("1001"), deliveries::add, () -> deliveries.size() < 2);

            assertThat(deliveries).hasSize(2);
            assertThat(fake.violations()).isEmpty();
            assertThat(fake.checked()).as("bodies and events checked against the contract").hasSizeGreaterThanOrEqualTo(12)
                    .anyMatch(what -> what.startsWith("the request body"))
                    .anyMatch(what -> what.contains("answering CredentialApplication"))
                    .anyMatch(what -> what.contains("answering Token"))
                    .anyMatch(what -> what.contains("answering NotificationList"))
                    .anyMatch(what -> what.contains("answering InstanceV2"))
                    .anyMatch(what -> what.equals("the update event"))
                    .anyMatch(what -> what.equals("the delete event"));
        }
    }
}
