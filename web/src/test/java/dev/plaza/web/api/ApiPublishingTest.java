package dev.plaza.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.publishing.PollVote;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.store.testing.TestStore;
import dev.plaza.web.WebSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Publishing as the workspace's fediverse actor: posts with mentions, hashtags, links, content
 * warnings, languages, audiences, replies and polls; their edits and deletions; likes and boosts.
 * Everything here stays on this server: replies and likes name the actor's own posts.
 */
class ApiPublishingTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final ActorUris URIS = ActorUris.of(WebSettings.forTests().publicBaseUrl());

    private static ApiServer server;
    private Seed seed;
    private LocalActor brand;
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
    void freshWorkspaceWithItsActor() {
        seed = Seed.plant(db.store(), db.newWorkspace());
        brand = seed.brand(db.store());
        api = server.client(seed.manager());
    }

    @Test
    void aPublicPostTurnsMentionsHashtagsAndLinksIntoLinksAndIsRecordedInTheCommunity() {
        LocalActor partner = new ActorProvisioner(db.store().localActors()).create(db.newWorkspace().id(),
                "partner_" + seed.workspace().id(), ActorKind.ORGANIZATION, "Partner", "");

        ApiResponse created = api.post("/api/v1/posts", """
                {"text": "Hello @%s, see https://plaza.example/news #Launch", "content_warning": "news",
                 "language": "en"}""".formatted(partner.username()));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode post = created.json();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/posts/" + post.path("id").asLong());
        assertThat(post.path("uri").asText()).startsWith(URIS.actor(brand.username()) + "/statuses/");
        assertThat(post.path("visibility").asText()).isEqualTo("public");
        assertThat(post.path("text").asText()).isEqualTo("Hello @%s, see https://plaza.example/news #Launch"
                .formatted(partner.username()));
        assertThat(post.path("content").asText())
                .contains("href=\"" + URIS.actor(partner.username()) + "\"")
                .contains("href=\"https://plaza.example/news\"")
                .contains("rel=\"tag\"");
        assertThat(post.path("mentions").get(0).path("actor").asText()).isEqualTo(URIS.actor(partner.username()));
        assertThat(post.path("mentions").get(0).path("handle").asText())
                .isEqualTo("@%s@%s".formatted(partner.username(), URIS.host()));
        assertThat(texts(post.path("hashtags"))).containsExactly("Launch");
        assertThat(post.path("content_warning").asText()).isEqualTo("news");
        assertThat(post.path("language").asText()).isEqualTo("en");
        assertThat(post.path("poll").isNull()).isTrue();
        assertThat(post.path("updated").isNull()).isTrue();
        assertThat(post.path("deleted_at").isNull()).isTrue();
        assertThat(api.get(created.headers().firstValue("Location").orElseThrow()).json()).isEqualTo(post);
        assertThat(api.get("/api/v1/posts").json().path("items").get(0)).isEqualTo(post);
        assertThat(texts(api.get("/api/v1/activities?kind=post&limit=1").json().path("items"), "uri"))
                .containsExactly(post.path("uri").asText());
    }

    @Test
    void aFollowersOnlyPostIsForTheFollowers() {
        JsonNode post = api.post("/api/v1/posts", "{\"text\": \"Only for you\", \"visibility\": \"followers\"}").json();

        assertThat(post.path("visibility").asText()).isEqualTo("followers");
        assertThat(api.get("/api/v1/posts/" + post.path("id").asLong()).json().path("visibility").asText())
                .isEqualTo("followers");
    }

    @Test
    void aPollCountsTheVotesOfItsOptions() {
        ApiResponse created = api.post("/api/v1/posts", """
                {"text": "Which colour?", "poll": {"options": ["Red", "Blue", "Green"], "multiple": true,
                 "expires_in": 86400}}""");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode poll = created.json().path("poll");
        assertThat(texts(poll.path("options"), "title")).containsExactly("Red", "Blue", "Green");
        assertThat(poll.path("multiple").asBoolean()).isTrue();
        assertThat(poll.path("voters").asLong()).isZero();
        Instant published = Instant.parse(created.json().path("published").asText());
        assertThat(Duration.between(published, Instant.parse(poll.path("closes_at").asText()))).isEqualTo(Duration.ofDays(1));

        long id = created.json().path("id").asLong();
        String voter = "https://social.example/users/ana";
        db.store().publishing().vote(new PollVote(id, voter, "Red", voter + "#votes/1", Instant.now()));
        db.store().publishing().vote(new PollVote(id, voter, "Green", voter + "#votes/2", Instant.now()));

        JsonNode counted = api.get("/api/v1/posts/" + id).json().path("poll");
        assertThat(counted.path("options").findValues("votes").stream().map(JsonNode::asLong)).containsExactly(1L, 0L, 1L);
        assertThat(counted.path("voters").asLong()).isEqualTo(1);
    }

    @Test
    void aReplyToTheActorsOwnPostAnswersItAndCountsAsItsReply() {
        JsonNode first = publish("Questions welcome");

        JsonNode reply = api.post("/api/v1/posts", "{\"text\": \"And here is the answer\", \"in_reply_to\": \"%s\"}"
                .formatted(first.path("uri").asText())).json();

        assertThat(reply.path("in_reply_to").asText()).isEqualTo(first.path("uri").asText());
        assertThat(texts(reply.path("mentions"), "actor")).containsExactly(URIS.actor(brand.username()));
        assertThat(api.get("/api/v1/posts/" + first.path("id").asLong()).json().path("engagement").path("replies").asLong())
                .isEqualTo(1);
    }

    @Test
    void anEditChangesWhatItNamesAndKeepsTheRest() {
        JsonNode post = api.post("/api/v1/posts",
                "{\"text\": \"First #draft\", \"content_warning\": \"long\", \"language\": \"en\"}").json();
        String path = "/api/v1/posts/" + post.path("id").asLong();

        ApiResponse edited = api.patch(path, "{\"text\": \"Second #version\"}");

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().path("text").asText()).isEqualTo("Second #version");
        assertThat(edited.json().path("content").asText()).contains("version").doesNotContain("draft");
        assertThat(texts(edited.json().path("hashtags"))).containsExactly("version");
        assertThat(edited.json().path("content_warning").asText()).isEqualTo("long");
        assertThat(edited.json().path("language").asText()).isEqualTo("en");
        assertThat(edited.json().path("updated").isTextual()).isTrue();
        assertThat(edited.json().path("uri")).isEqualTo(post.path("uri"));

        JsonNode cleared = api.patch(path, "{\"content_warning\": null, \"language\": \"pt-BR\"}").json();

        assertThat(cleared.path("content_warning").isNull()).isTrue();
        assertThat(cleared.path("language").asText()).isEqualTo("pt-BR");
        assertThat(cleared.path("text").asText()).isEqualTo("Second #version");
        assertThat(api.get(path).json()).isEqualTo(cleared);
    }

    @Test
    void aDeletedPostStaysListedAsDeletedAndCannotBeEdited() {
        String path = "/api/v1/posts/" + publish("Soon gone").path("id").asLong();

        ApiResponse deleted = api.delete(path);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("deleted_at").isTextual()).isTrue();
        ApiResponse again = api.delete(path);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(deleted.json());
        assertThat(api.get(path).json()).isEqualTo(deleted.json());
        ApiResponse edit = api.patch(path, "{\"text\": \"Back again\"}");
        assertThat(edit.status()).isEqualTo(422);
        assertThat(edit.message()).contains("deleted");
    }

    @Test
    void postsArePagedNewestFirst() {
        List<Long> published = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            published.add(publish("Post " + i).path("id").asLong());
        }

        JsonNode first = api.get("/api/v1/posts?limit=2").json();
        JsonNode second = api.get("/api/v1/posts?limit=2&cursor=" + first.path("next_cursor").asText()).json();

        assertThat(ids(first)).containsExactly(published.get(2), published.get(1));
        assertThat(ids(second)).containsExactly(published.get(0));
        assertThat(second.path("next_cursor").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"text\": \"hi\", \"colour\": \"blue\"}                        | unknown field 'colour'",
        "{\"content_warning\": \"cw\"}                                    | field 'text' is required",
        "{\"text\": 7}                                                    | 'text' must be a string",
        "{\"text\": \"   \"}                                              | needs some text",
        "{\"text\": \"hi\", \"visibility\": \"friends\"}                  | field 'visibility': unknown visibility 'friends'",
        "{\"text\": \"hi\", \"language\": \"English\"}                    | not a language tag",
        "{\"text\": \"hi\", \"in_reply_to\": \"http://127.0.0.1/users/nobody/statuses/1\"} | there is no post",
        "{\"text\": \"hi\", \"poll\": \"yes\"}                            | 'poll' must be an object",
        "{\"text\": \"hi\", \"poll\": {\"options\": [\"a\", \"b\"], \"expires_in\": 600, \"colour\": 1}} | unknown field 'poll.colour'",
        "{\"text\": \"hi\", \"poll\": {\"options\": [\"a\"], \"expires_in\": 600}}                    | 'poll.options' must hold 2 to 4",
        "{\"text\": \"hi\", \"poll\": {\"options\": [\"a\", 2], \"expires_in\": 600}}                 | 'poll.options' must be an array of strings",
        "{\"text\": \"hi\", \"poll\": {\"options\": [\"a\", \"a\"], \"expires_in\": 600}}             | must differ",
        "{\"text\": \"hi\", \"poll\": {\"options\": [\"a\", \"b\"]}}                                  | 'poll.expires_in' is required",
        "{\"text\": \"hi\", \"poll\": {\"options\": [\"a\", \"b\"], \"expires_in\": 60}}              | 'poll.expires_in' must be 300 to 2592000 seconds",
        "{\"text\": \"hi\", \"poll\": {\"options\": [\"a\", \"b\"], \"expires_in\": 600, \"multiple\": \"yes\"}} | 'poll.multiple' must be true or false",
    })
    void aPostThatIsNotExactlyRightIsRefusedSayingWhyAndNothingIsPublished(String body, String message) {
        ApiResponse response = api.post("/api/v1/posts", body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.message()).contains(message);
        assertThat(api.get("/api/v1/posts").json().path("items")).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{}                                      | changes nothing",
        "{\"text\": null}                        | 'text' must be a string",
        "{\"visibility\": \"direct\"}            | unknown field 'visibility'",
        "{\"language\": \"??\"}                  | not a language tag",
    })
    void anEditThatIsNotExactlyRightIsRefusedSayingWhy(String body, String message) {
        JsonNode post = publish("As it was");

        ApiResponse response = api.patch("/api/v1/posts/" + post.path("id").asLong(), body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.message()).contains(message);
        assertThat(api.get("/api/v1/posts/" + post.path("id").asLong()).json()).isEqualTo(post);
    }

    @Test
    void aPostIsLikedAndBoostedOnceAndTakenBack() {
        JsonNode post = publish("Worth sharing");
        String object = post.path("uri").asText();
        String like = "{\"type\": \"like\", \"object\": \"%s\"}".formatted(object);

        ApiResponse liked = api.post("/api/v1/reactions", like);
        ApiResponse likedAgain = api.post("/api/v1/reactions", like);
        ApiResponse boosted = api.post("/api/v1/reactions", "{\"type\": \"boost\", \"object\": \"%s\"}".formatted(object));

        assertThat(liked.status()).as(liked.toString()).isEqualTo(201);
        assertThat(liked.json().path("type").asText()).isEqualTo("like");
        assertThat(liked.json().path("object").asText()).isEqualTo(object);
        assertThat(liked.json().path("object_author").asText()).isEqualTo(URIS.actor(brand.username()));
        assertThat(liked.json().path("undone_at").isNull()).isTrue();
        assertThat(likedAgain.status()).isEqualTo(200);
        assertThat(likedAgain.json()).isEqualTo(liked.json());
        assertThat(boosted.status()).isEqualTo(201);
        assertThat(boosted.json().path("type").asText()).isEqualTo("boost");
        assertThat(ids(api.get("/api/v1/reactions").json()))
                .containsExactly(boosted.json().path("id").asLong(), liked.json().path("id").asLong());
        JsonNode first = api.get("/api/v1/reactions?limit=1").json();
        assertThat(ids(first)).containsExactly(boosted.json().path("id").asLong());
        assertThat(ids(api.get("/api/v1/reactions?limit=1&cursor=" + first.path("next_cursor").asText()).json()))
                .as("the next page").containsExactly(liked.json().path("id").asLong());
        assertThat(engagement(post)).isEqualTo(List.of(0L, 1L, 1L));

        ApiResponse undone = api.delete("/api/v1/reactions/" + liked.json().path("id").asLong());

        assertThat(undone.status()).isEqualTo(200);
        assertThat(undone.json().path("undone_at").isTextual()).isTrue();
        assertThat(api.delete("/api/v1/reactions/" + liked.json().path("id").asLong()).json()).isEqualTo(undone.json());
        assertThat(engagement(post)).isEqualTo(List.of(0L, 0L, 1L));
        ApiResponse likedAfterUndo = api.post("/api/v1/reactions", like);
        assertThat(likedAfterUndo.status()).isEqualTo(201);
        assertThat(likedAfterUndo.json().path("id").asLong()).isNotEqualTo(liked.json().path("id").asLong());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"type\": \"favourite\", \"object\": \"x\"}                                  | 'type' must be like or boost",
        "{\"type\": \"like\"}                                                          | field 'object' is required",
        "{\"type\": \"like\", \"object\": \" \"}                                       | 'object' must be the URI",
        "{\"type\": \"like\", \"object\": \"http://127.0.0.1/users/nobody/statuses/1\"} | there is no post",
        "{\"type\": \"like\", \"object\": \"x\", \"at\": \"now\"}                      | unknown field 'at'",
    })
    void aReactionThatIsNotExactlyRightIsRefusedSayingWhy(String body, String message) {
        ApiResponse response = api.post("/api/v1/reactions", body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.message()).contains(message);
        assertThat(api.get("/api/v1/reactions").json().path("items")).isEmpty();
    }

    @Test
    void aWorkspaceWithoutAFediverseActorHasNoPostsAndCannotPublish() {
        Seed bare = Seed.plant(db.store(), db.newWorkspace());
        ApiClient client = server.client(bare.manager());

        ApiResponse post = client.post("/api/v1/posts", "{\"text\": \"Hello\"}");

        assertThat(post.status()).isEqualTo(422);
        assertThat(post.message()).contains("no fediverse actor");
        assertThat(client.get("/api/v1/posts").json().path("items")).isEmpty();
        assertThat(client.get("/api/v1/reactions").json().path("items")).isEmpty();
        assertThat(client.post("/api/v1/reactions", "{\"type\": \"like\", \"object\": \"%s\"}"
                .formatted(publish("Elsewhere").path("uri").asText())).status()).isEqualTo(422);
    }

    private JsonNode publish(String text) {
        ApiResponse response = api.post("/api/v1/posts", "{\"text\": \"%s\"}".formatted(text));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    /** Replies, likes and boosts of a post, as the API reads them now. */
    private List<Long> engagement(JsonNode post) {
        JsonNode engagement = api.get("/api/v1/posts/" + post.path("id").asLong()).json().path("engagement");
        return List.of(engagement.path("replies").asLong(), engagement.path("likes").asLong(),
                engagement.path("boosts").asLong());
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.path(field).asText()));
        return texts;
    }
}
