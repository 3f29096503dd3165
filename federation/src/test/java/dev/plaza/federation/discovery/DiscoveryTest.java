package dev.plaza.federation.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.actors.ActorKeys;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.LocalActors;
import dev.plaza.core.team.Role;
import dev.plaza.core.team.TeamMember;
import dev.plaza.federation.actors.ActorDocument;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.AsParser;
import dev.plaza.store.testing.TestStore;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DiscoveryTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private final LocalActors actors = db.store().localActors();
    private final ActorUris uris = ActorUris.of("https://plaza.example");
    private final LocalActor brand = actors.setAlsoKnownAs(workspace(), new ActorProvisioner(actors)
            .ensure(workspace(), "brand", ActorKind.ORGANIZATION, "Fernhill Bikes", "City bikes\nfor <everyone>").id(),
            List.of("https://old.example/users/brand"));
    private final WebFinger webFinger = new WebFinger(actors, uris);

    private static long workspace() {
        return db.store().workspaces().findBySlug("discovery")
                .orElseGet(() -> db.store().workspaces().create("discovery", "Discovery", false)).id();
    }

    @Test
    void anAcctAddressAndTheActorUrlFindTheSameAccountAndTheSubjectRoundTrips() {
        JsonNode byAcct = webFinger.lookup("acct:brand@plaza.example").orElseThrow();
        JsonNode byUrl = webFinger.lookup("https://plaza.example/users/brand").orElseThrow();

        assertThat(byAcct).isEqualTo(byUrl);
        assertThat(byAcct.path("subject").asText()).isEqualTo("acct:brand@plaza.example");
        JsonNode self = byAcct.path("links").get(0);
        assertThat(self.path("rel").asText()).isEqualTo("self");
        assertThat(self.path("type").asText()).isEqualTo("application/activity+json");
        assertThat(self.path("href").asText()).isEqualTo("https://plaza.example/users/brand");
        assertThat(webFinger.lookup("acct:BRAND@Plaza.Example")).isPresent();
    }

    @Test
    void aTeamMembersPersonActorIsFoundByWebFingerAndPublishedAsAPerson() {
        long workspace = workspace();
        TeamMember ana = db.store().team().add(workspace, "ana@discovery.example", "Ana Lima", Role.MANAGER,
                "long enough pw".toCharArray());
        LocalActor person = new ActorProvisioner(actors).createFor(ana, "ana");

        JsonNode jrd = webFinger.lookup("acct:ana@plaza.example").orElseThrow();
        JsonNode doc = new ActorDocument(uris).render(person);

        assertThat(jrd.path("subject").asText()).isEqualTo("acct:ana@plaza.example");
        assertThat(jrd.path("links").get(0).path("href").asText()).isEqualTo("https://plaza.example/users/ana");
        assertThat(webFinger.lookup("https://plaza.example/users/ana")).contains((com.fasterxml.jackson.databind.node.ObjectNode) jrd);
        assertThat(doc.path("type").asText()).isEqualTo("Person");
        assertThat(doc.path("name").asText()).isEqualTo("Ana Lima");
        assertThat(doc.path("preferredUsername").asText()).isEqualTo("ana");
        assertThat(doc.path("publicKey").path("publicKeyPem").asText())
                .isNotEqualTo(new ActorDocument(uris).render(brand).path("publicKey").path("publicKeyPem").asText());
        assertThat(AsParser.withDefaults().parse(doc.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Actor.class).type()).isEqualTo(dev.plaza.federation.vocab.ActorType.PERSON);
        assertThat(actors.privateKeys(person.id()).ed25519PrivateKey()).isNotEmpty();
    }

    @Test
    void otherHostsUnknownNamesAndPathsFindNobody() {
        assertThat(webFinger.lookup("acct:brand@elsewhere.example")).isEmpty();
        assertThat(webFinger.lookup("acct:nobody@plaza.example")).isEmpty();
        assertThat(webFinger.lookup("https://plaza.example/users/brand/outbox")).isEmpty();
        assertThat(webFinger.lookup("not a resource")).isEmpty();
    }

    @Test
    void theActorDocumentCarriesVerifiableKeysAndTheMoveFields() throws Exception {
        JsonNode doc = new ActorDocument(uris).render(brand);

        assertThat(doc.path("type").asText()).isEqualTo("Organization");
        assertThat(doc.path("preferredUsername").asText()).isEqualTo("brand");
        assertThat(doc.path("inbox").asText()).isEqualTo("https://plaza.example/users/brand/inbox");
        assertThat(doc.path("endpoints").path("sharedInbox").asText()).isEqualTo("https://plaza.example/inbox");
        assertThat(doc.path("summary").asText()).isEqualTo("<p>City bikes<br>for &lt;everyone&gt;</p>");
        assertThat(doc.path("alsoKnownAs").get(0).asText()).isEqualTo("https://old.example/users/brand");
        assertThat(doc.path("publicKey").path("owner").asText()).isEqualTo(doc.path("id").asText());

        String pem = doc.path("publicKey").path("publicKeyPem").asText();
        assertThat(pem.lines().filter(l -> !l.startsWith("-----")).allMatch(l -> l.length() <= 64)).isTrue();
        PublicKey rsa = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder()
                .decode(pem.replaceAll("-----[A-Z ]+-----", ""))));
        ActorKeys keys = actors.privateKeys(brand.id());
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(KeyFactory.getInstance("RSA").generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(
                keys.rsaPrivateKey())));
        signer.update("hello".getBytes());
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(rsa);
        verifier.update("hello".getBytes());
        assertThat(verifier.verify(signature)).as("the published key is the one Plaza signs with").isTrue();

        JsonNode multikey = doc.path("assertionMethod").get(0);
        assertThat(multikey.path("type").asText()).isEqualTo("Multikey");
        assertThat(multikey.path("publicKeyMultibase").asText()).startsWith("z6Mk"); // every Ed25519 multikey does
    }

    @Test
    void plazasOwnParserReadsPlazasActorBack() {
        byte[] document = new ActorDocument(uris).render(brand).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Actor parsed = AsParser.withDefaults().parse(document, Actor.class);

        assertThat(parsed.id()).isEqualTo("https://plaza.example/users/brand");
        assertThat(parsed.preferredUsername()).contains("brand");
        assertThat(parsed.publicKeys()).singleElement().satisfies(k -> assertThat(k.id())
                .isEqualTo("https://plaza.example/users/brand#main-key"));
        assertThat(parsed.alsoKnownAs()).containsExactly("https://old.example/users/brand");
    }

    @Test
    void nodeInfoNamesPlazaActivityPubAndClosedRegistrations() {
        NodeInfo nodeInfo = new NodeInfo(uris, "0.1.0");

        assertThat(nodeInfo.links().path("links").get(0).path("href").asText())
                .isEqualTo("https://plaza.example/nodeinfo/2.1");
        JsonNode doc = nodeInfo.document(3, 42);
        assertThat(doc.path("version").asText()).isEqualTo("2.1");
        assertThat(doc.path("software").path("name").asText()).isEqualTo("plaza");
        assertThat(doc.path("protocols").get(0).asText()).isEqualTo("activitypub");
        assertThat(doc.path("openRegistrations").asBoolean()).isFalse();
        assertThat(doc.path("usage").path("users").path("total").asLong()).isEqualTo(3);
        assertThat(doc.path("usage").path("localPosts").asLong()).isEqualTo(42);
    }

    @Test
    void hostMetaPointsAtWebFinger() {
        assertThat(webFinger.hostMeta()).contains("template=\"https://plaza.example/.well-known/webfinger?resource={uri}\"");
    }
}
