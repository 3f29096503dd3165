package dev.plaza.atproto.jetstream;

import static dev.plaza.atproto.jetstream.JetstreamJson.ALICE;
import static dev.plaza.atproto.jetstream.JetstreamJson.FIRST_TIME_US;
import static dev.plaza.atproto.jetstream.JetstreamJson.TIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.firehose.RepoOp;
import dev.plaza.atproto.syntax.Handle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Jetstream's JSON events read into Plaza's records, and every way one can be wrong refused by name. */
class JetstreamDecoderTest {

    private static final int LIMIT = 64 * 1024;

    @Test
    void aCreateCarriesItsRecordInTheDataModelAndItsCid() {
        DagValue.Map record = new DagValue.Map(Map.of(
                "$type", new DagValue.Text("app.bsky.feed.post"),
                "text", new DagValue.Text("hello from the brand"),
                "langs", new DagValue.List(List.of(new DagValue.Text("en"))),
                "embedded", new DagValue.Link(JetstreamJson.cidOf(JetstreamJson.postRecord("quoted"))),
                "createdAt", new DagValue.Text(TIME.value())));
        ObjectNode json = JetstreamJson.commit(ALICE, FIRST_TIME_US, JetstreamJson.rev(FIRST_TIME_US), RepoOp.Action.CREATE,
                "app.bsky.feed.post/3l3qo2vuowo2b", Optional.of(record));

        JetstreamEvent event = decode(json);

        assertThat(event).isInstanceOfSatisfying(JetstreamEvent.Commit.class, commit -> {
            assertThat(commit.did()).isEqualTo(ALICE);
            assertThat(commit.timeUs()).isEqualTo(FIRST_TIME_US);
            assertThat(commit.rev()).isEqualTo(JetstreamJson.rev(FIRST_TIME_US));
            assertThat(commit.operation()).isEqualTo(RepoOp.Action.CREATE);
            assertThat(commit.path()).isEqualTo("app.bsky.feed.post/3l3qo2vuowo2b");
            assertThat(commit.record()).contains(record);
            assertThat(commit.cid()).contains(JetstreamJson.cidOf(record));
        });
    }

    @Test
    void anUpdateCarriesItsNewRecordAndADeleteNeither() {
        DagValue.Map profile = new DagValue.Map(Map.of("$type", new DagValue.Text("app.bsky.actor.profile"),
                "displayName", new DagValue.Text("Alice")));
        JetstreamEvent update = decode(JetstreamJson.commit(ALICE, 2, "3l3qo2vuowo2b", RepoOp.Action.UPDATE,
                "app.bsky.actor.profile/self", Optional.of(profile)));
        JetstreamEvent delete = decode(JetstreamJson.commit(ALICE, 3, "3l3qo2vuowo2c", RepoOp.Action.DELETE,
                "app.bsky.feed.like/3l3qo2vuowo2a", Optional.empty()));

        assertThat(update).isInstanceOfSatisfying(JetstreamEvent.Commit.class, commit -> {
            assertThat(commit.operation()).isEqualTo(RepoOp.Action.UPDATE);
            assertThat(commit.path()).isEqualTo("app.bsky.actor.profile/self");
            assertThat(commit.record()).contains(profile);
            assertThat(commit.cid()).contains(JetstreamJson.cidOf(profile));
        });
        assertThat(delete).isEqualTo(new JetstreamEvent.Commit(ALICE, 3, "3l3qo2vuowo2c", RepoOp.Action.DELETE,
                commitOf(delete).collection(), commitOf(delete).rkey(), Optional.empty(), Optional.empty()));
        assertThat(commitOf(delete).path()).isEqualTo("app.bsky.feed.like/3l3qo2vuowo2a");
    }

    @Test
    void identityAndAccountChangesAreReadWithTheirOptionalParts() {
        Handle alice = Handle.parse("alice.test");

        assertThat(decode(JetstreamJson.identity(ALICE, 5, Optional.of(alice), 41, TIME)))
                .isEqualTo(new JetstreamEvent.Identity(ALICE, 5, Optional.of(alice), 41, TIME));
        assertThat(decode(JetstreamJson.identity(ALICE, 6, Optional.empty(), 42, TIME)))
                .isEqualTo(new JetstreamEvent.Identity(ALICE, 6, Optional.empty(), 42, TIME));
        assertThat(decode(JetstreamJson.account(ALICE, 7, true, Optional.empty(), 43, TIME)))
                .isEqualTo(new JetstreamEvent.Account(ALICE, 7, true, Optional.empty(), 43, TIME));
        assertThat(decode(JetstreamJson.account(ALICE, 8, false, Optional.of("takendown"), 44, TIME)))
                .isEqualTo(new JetstreamEvent.Account(ALICE, 8, false, Optional.of("takendown"), 44, TIME));
    }

    @Test
    void anEventOfAnotherKindIsUnknownButKeepsItsTime() {
        assertThat(decode(JetstreamJson.event(ALICE, 9, "labels").put("labels", "whatever comes")))
                .isEqualTo(new JetstreamEvent.Unknown("labels", 9));
    }

    static Stream<Arguments> brokenEvents() {
        return Stream.of(
                broken("time_us is missing", event -> event.remove("time_us"), "a Jetstream event: time_us is missing"),
                broken("time_us is text", event -> event.put("time_us", "soon"), "time_us is the string \"soon\"; it must be a 64-bit integer"),
                broken("time_us is negative", event -> event.put("time_us", -1), "never negative"),
                broken("kind is missing", event -> event.remove("kind"), "the Jetstream event at time_us 100: kind is missing"),
                broken("did is not a DID", event -> event.put("did", "alice"), "did \"alice\" is not valid"),
                broken("commit is text", event -> event.put("commit", "yes"), "commit is the string \"yes\"; it must be an object"),
                broken("rev is missing", event -> commit(event).remove("rev"), "commit.rev is missing"),
                broken("operation is unknown", event -> commit(event).put("operation", "upsert"),
                        "commit.operation \"upsert\" is not valid: it is not create, update or delete"),
                broken("collection is no NSID", event -> commit(event).put("collection", "post"), "commit.collection \"post\" is not valid"),
                broken("rkey is bad", event -> commit(event).put("rkey", "a/b"), "commit.rkey \"a/b\" is not valid"),
                broken("record is missing", event -> commit(event).remove("record"), "commit.record is missing"),
                broken("record holds a float", event -> ((ObjectNode) commit(event).get("record")).put("likes", 1.5),
                        "commit.record is not atproto data", "float"),
                broken("cid is missing", event -> commit(event).remove("cid"), "commit.cid is missing"),
                broken("cid is bad", event -> commit(event).put("cid", "bafynotacid"), "commit.cid \"bafynotacid\" is not valid"),
                broken("cid is a number", event -> commit(event).put("cid", 7), "commit.cid is number; it must be a string"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenEvents")
    void aBrokenCommitIsRefusedNamingWhatIsWrong(String what, Consumer<ObjectNode> breakIt, List<String> said) {
        ObjectNode event = JetstreamJson.post(100);
        breakIt.accept(event);

        assertThatThrownBy(() -> decode(event)).as(what).isInstanceOf(AtprotoException.class)
                .hasMessageContainingAll(said.toArray(String[]::new));
    }

    @Test
    void brokenIdentityAndAccountEventsAreRefusedNamingWhatIsWrong() {
        ObjectNode noSeq = JetstreamJson.identity(ALICE, 10, Optional.empty(), 1, TIME);
        ((ObjectNode) noSeq.get("identity")).remove("seq");
        ObjectNode textActive = JetstreamJson.account(ALICE, 11, true, Optional.empty(), 1, TIME);
        ((ObjectNode) textActive.get("account")).put("active", "yes");
        ObjectNode otherDid = JetstreamJson.account(ALICE, 12, true, Optional.empty(), 1, TIME);
        ((ObjectNode) otherDid.get("account")).put("did", "did:plc:bbbbbbbbbbbbbbbbbbbbbbbb");
        ObjectNode badTime = JetstreamJson.identity(ALICE, 13, Optional.empty(), 1, TIME);
        ((ObjectNode) badTime.get("identity")).put("time", "yesterday");

        assertThatThrownBy(() -> decode(noSeq)).hasMessage("the Jetstream event at time_us 10: identity.seq is missing");
        assertThatThrownBy(() -> decode(textActive))
                .hasMessage("the Jetstream event at time_us 11: account.active is the string \"yes\"; it must be true or false");
        assertThatThrownBy(() -> decode(otherDid)).hasMessageContaining("account.did \"did:plc:bbbbbbbbbbbbbbbbbbbbbbbb\" is not "
                + "the event's did " + ALICE);
        assertThatThrownBy(() -> decode(badTime)).hasMessageContaining("identity.time \"yesterday\" is not valid");
    }

    @Test
    void whatIsNoJsonObjectOrIsOverTheLimitIsRefused() {
        byte[] post = JetstreamJson.bytes(JetstreamJson.post(100));

        assertThatThrownBy(() -> JetstreamDecoder.decode("{\"did\":".getBytes(StandardCharsets.UTF_8), LIMIT))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("is not JSON");
        assertThatThrownBy(() -> JetstreamDecoder.decode("[1,2]".getBytes(StandardCharsets.UTF_8), LIMIT))
                .hasMessage("a Jetstream event is ARRAY, not a JSON object");
        assertThatThrownBy(() -> JetstreamDecoder.decode(new byte[0], LIMIT)).hasMessageContaining("empty");
        assertThatThrownBy(() -> JetstreamDecoder.decode(post, post.length - 1))
                .hasMessage("a Jetstream event of %d bytes is over the limit of %d bytes".formatted(post.length, post.length - 1));
        assertThat(JetstreamDecoder.decode(post, post.length)).isInstanceOf(JetstreamEvent.Commit.class);
    }

    private static Arguments broken(String what, Consumer<ObjectNode> breakIt, String... said) {
        return Arguments.of(what, breakIt, List.of(said));
    }

    private static ObjectNode commit(ObjectNode event) {
        return (ObjectNode) event.get("commit");
    }

    private static JetstreamEvent.Commit commitOf(JetstreamEvent event) {
        return (JetstreamEvent.Commit) event;
    }

    private static JetstreamEvent decode(ObjectNode json) {
        return JetstreamDecoder.decode(JetstreamJson.bytes(json), LIMIT);
    }
}
