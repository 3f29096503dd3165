package dev.plaza.atproto.peer;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness against the running reference PDS and PLC directory, driven with the JDK's HTTP client only. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AtprotoPeerTest {

    private static final String POST = "app.bsky.feed.post";
    private static final String PASSWORD = "correct horse battery staple";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private AtprotoPeer peer;

    @BeforeAll
    void startPeer() {
        peer = AtprotoPeer.start(2);
    }

    @AfterAll
    void stopPeer() {
        if (peer != null) {
            peer.close();
        }
    }

    @Test
    void aNewAccountGetsADidPlcThatThePlcDirectoryResolvesToItsPds() {
        Account alice = createAccount(0, "alice.test");

        JsonNode didDocument = new Xrpc(peer.plcUrl()).getJson("/" + alice.did());

        assertThat(alice.did()).startsWith("did:plc:");
        assertThat(didDocument.path("id").asText()).isEqualTo(alice.did());
        assertThat(didDocument.path("alsoKnownAs").get(0).asText()).isEqualTo("at://alice.test");
        assertThat(didDocument.path("service").get(0).path("serviceEndpoint").asText()).isEqualTo(peer.pdsUrl().toString());
    }

    @Test
    void aPostCreatedInASessionIsReadBackWithTheSameCid() {
        createAccount(0, "bob.test");
        Xrpc pds = new Xrpc(peer.pdsUrl());
        JsonNode session = pds.procedure("com.atproto.server.createSession",
                Map.of("identifier", "bob.test", "password", PASSWORD), Optional.empty());
        String did = session.path("did").asText();

        JsonNode created = createPost(pds, did, session.path("accessJwt").asText(), "hello from bob");
        String uri = created.path("uri").asText();
        JsonNode read = pds.query("com.atproto.repo.getRecord",
                Map.of("repo", did, "collection", POST, "rkey", uri.substring(uri.lastIndexOf('/') + 1)), Optional.empty());

        assertThat(uri).startsWith("at://" + did + "/" + POST + "/");
        assertThat(read.path("uri").asText()).isEqualTo(uri);
        assertThat(read.path("cid").asText()).isEqualTo(created.path("cid").asText());
        assertThat(read.path("value").path("text").asText()).isEqualTo("hello from bob");
    }

    @Test
    void theFirehoseReplaysFromCursorZeroAndCarriesEveryWriteInABinaryFrame() {
        Account carol = createAccount(0, "carol.test");
        Xrpc pds = new Xrpc(peer.pdsUrl());
        List<String> texts = IntStream.rangeClosed(1, 3).mapToObj(i -> "carol's post number " + i).toList();

        try (FirehoseRecorder firehose = FirehoseRecorder.subscribe(peer.pdsUrl(), 0)) {
            texts.forEach(text -> createPost(pds, carol.did(), carol.accessJwt(), text));

            firehose.await(bytes -> contains(bytes, "#identity") && contains(bytes, carol.did()),
                    "carol's #identity event, sequenced before the subscription", WAIT);

            // each commit frame carries the record's DAG-CBOR block, where the text is a plain UTF-8 string
            for (String text : texts) {
                byte[] frame = firehose.await(bytes -> contains(bytes, text), "the post \"" + text + "\"", WAIT);
                assertThat(contains(frame, "#commit")).as("the frame carrying \"%s\" is a #commit", text).isTrue();
                assertThat(contains(frame, carol.did())).as("the frame carrying \"%s\" names carol's repo", text).isTrue();
            }
            assertThat(firehose.frames()).hasSizeGreaterThanOrEqualTo(texts.size());
            assertThat(firehose.textFrames()).isEmpty();
        }
    }

    @Test
    void aPlcOperationRequestMailsItsTokenToTheAccount() {
        Account dave = createAccount(0, "dave.test");

        new Xrpc(peer.pdsUrl()).procedure("com.atproto.identity.requestPlcOperationSignature",
                Optional.of(dave.accessJwt()));
        PeerMail mail = peer.awaitMail(m -> m.to().equals("dave@example.com"), "plcOperation mail to dave", WAIT);

        assertThat(mail.pds()).isZero();
        assertThat(mail.template()).isEqualTo("plcOperation");
        assertThat(mail.token()).isNotBlank();
    }

    @Test
    void theSecondPdsRegistersItsAccountsWithTheSamePlcDirectory() {
        assertThat(peer.pdsCount()).isEqualTo(2);
        assertThat(peer.pds(1).serviceDid()).isNotEqualTo(peer.pds(0).serviceDid());

        Account erin = createAccount(1, "erin.test");
        JsonNode didDocument = new Xrpc(peer.plcUrl()).getJson("/" + erin.did());

        assertThat(peer.pdsUrl(1)).isNotEqualTo(peer.pdsUrl(0));
        assertThat(didDocument.path("service").get(0).path("serviceEndpoint").asText()).isEqualTo(peer.pdsUrl(1).toString());
    }

    private record Account(String did, String accessJwt) {
    }

    private Account createAccount(int pds, String handle) {
        String email = handle.substring(0, handle.indexOf('.')) + "@example.com";
        JsonNode created = new Xrpc(peer.pdsUrl(pds)).procedure("com.atproto.server.createAccount",
                Map.of("handle", handle, "email", email, "password", PASSWORD), Optional.empty());
        assertThat(created.path("handle").asText()).isEqualTo(handle);
        return new Account(created.path("did").asText(), created.path("accessJwt").asText());
    }

    private static JsonNode createPost(Xrpc pds, String did, String accessJwt, String text) {
        Map<String, Object> record = Map.of("$type", POST, "text", text,
                "createdAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        return pds.procedure("com.atproto.repo.createRecord", Map.of("repo", did, "collection", POST, "record", record),
                Optional.of(accessJwt));
    }

    private static boolean contains(byte[] haystack, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        for (int start = 0; start + needle.length <= haystack.length; start++) {
            if (Arrays.equals(haystack, start, start + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
