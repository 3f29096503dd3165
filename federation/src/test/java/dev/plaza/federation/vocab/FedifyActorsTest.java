package dev.plaza.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The actor and key fixtures, field by field. */
class FedifyActorsTest {

    private static final AsParser PARSER = AsParser.withDefaults();

    private static Actor actor(String fixture) {
        return PARSER.parse(Fixtures.read(fixture), Actor.class);
    }

    @Test
    void personCarriesBothOfItsKeysAndOnlyTheFirstNamesAnOwner() {
        Actor person = actor("example.com/person.json");

        assertThat(person.id()).isEqualTo("https://example.com/person");
        assertThat(person.type()).isEqualTo(ActorType.PERSON);
        assertThat(person.name()).contains("John Doe");
        assertThat(person.inbox()).isEmpty();
        assertThat(person.publicKeys()).extracting(PublicKey::id)
                .containsExactly("https://example.com/key", "https://example.com/key2");
        assertThat(person.publicKeys().get(0).owner()).contains("https://example.com/person");
        assertThat(person.publicKeys().get(1).owner()).isEmpty();
        assertThat(person.publicKeys().get(0).publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----\nMIIBIjAN");
        assertThat(person.assertionMethods()).isEmpty();
        assertThat(person.manuallyApprovesFollowers()).isFalse();
    }

    @Test
    void keyDocumentIsTheKeyThePersonEmbeds() {
        PublicKey key = PARSER.parse(Fixtures.read("example.com/key.json"), PublicKey.class);
        Actor person = actor("example.com/person.json");

        assertThat(key).isEqualTo(person.publicKeys().getFirst());
        assertThat(PARSER.parse(Fixtures.read("example.com/key2.json"), PublicKey.class).owner()).isEmpty();
    }

    @Test
    void person2ExposesItsMultikeysAsSentEvenWithAMisspelledId() {
        Actor person = actor("example.com/person2.json");

        assertThat(person.publicKeys()).extracting(PublicKey::id)
                .containsExactly("https://example.com/person2#key3", "https://example.com/person2#key4");
        // "peson2" is the fixture's: a controller/id mismatch for the verifier to catch, not the parser
        assertThat(person.assertionMethods()).extracting(Multikey::id)
                .containsExactly("https://example.com/peson2#key3", "https://example.com/person2#key4");
        assertThat(person.assertionMethods()).extracting(Multikey::controller).containsOnly("https://example.com/person2");
        assertThat(person.assertionMethods().get(1).publicKeyMultibase()).startsWith("z6Mk");
    }

    @Test
    void mastodonActorFromActivityPubAcademyReadsThroughItsInlineContext() {
        Actor actor = actor("activitypub.academy/users/brauca_darradiul.json");

        assertThat(actor.preferredUsername()).contains("brauca_darradiul");
        assertThat(actor.name()).contains("Brauca Darradiul");
        assertThat(actor.summary()).as("an empty summary is no summary").isEmpty();
        assertThat(actor.url()).contains("https://activitypub.academy/@brauca_darradiul");
        assertThat(actor.inbox()).contains("https://activitypub.academy/users/brauca_darradiul/inbox");
        assertThat(actor.outbox()).contains("https://activitypub.academy/users/brauca_darradiul/outbox");
        assertThat(actor.followers()).contains("https://activitypub.academy/users/brauca_darradiul/followers");
        assertThat(actor.following()).contains("https://activitypub.academy/users/brauca_darradiul/following");
        assertThat(actor.featured()).contains("https://activitypub.academy/users/brauca_darradiul/collections/featured");
        assertThat(actor.sharedInbox()).contains("https://activitypub.academy/inbox");
        assertThat(actor.deliveryInbox()).contains("https://activitypub.academy/inbox");
        assertThat(actor.publicKeys()).singleElement().satisfies(key -> {
            assertThat(key.id()).isEqualTo("https://activitypub.academy/users/brauca_darradiul#main-key");
            assertThat(key.owner()).contains(actor.id());
        });
        assertThat(actor.fields()).isEmpty();
        assertThat(actor.discoverable()).isFalse();
    }

    @Test
    void mitraActorFromWizardCasaAcceptsItsSchemaOrgSpelling() {
        Actor actor = actor("wizard.casa/users/hongminhee.json");

        assertThat(actor.preferredUsername()).contains("hongminhee");
        assertThat(actor.name()).contains("洪 民憙 (Hong Minhee)");
        assertThat(actor.manuallyApprovesFollowers()).isTrue();
        assertThat(actor.featured()).contains("https://wizard.casa/users/hongminhee/collections/featured");
        assertThat(actor.assertionMethods()).extracting(Multikey::id).containsExactly(
                "https://wizard.casa/users/hongminhee#main-key", "https://wizard.casa/users/hongminhee#ed25519-key");
        assertThat(actor.publicKeys()).extracting(PublicKey::id).containsExactly("https://wizard.casa/users/hongminhee#main-key");
    }

    @Test
    void oeeeCafeActorHasASharedInboxAndAnUntypedKey() {
        Actor actor = actor("oeee.cafe/ap/users/3609fd4e-d51d-4db8-9f04-4189815864dd.json");

        assertThat(actor.preferredUsername()).contains("hongminhee");
        assertThat(actor.name()).contains("洪兔");
        assertThat(actor.sharedInbox()).contains("https://oeee.cafe/inbox");
        assertThat(actor.url()).contains("https://oeee.cafe/@hongminhee");
        assertThat(actor.publicKeys()).singleElement().extracting(PublicKey::owner).isEqualTo(actor.iri());
    }

    @Test
    void actorsWithOnlyAnAssertionMethodOrOnlyAPublicKeyBothParse() {
        Actor alice = actor("server.example/users/alice.json");
        Actor bob = actor("remote.domain/users/bob.json");
        Actor handle = actor("example.com/users/handle.json");

        assertThat(alice.publicKeys()).isEmpty();
        assertThat(alice.assertionMethods()).singleElement().extracting(Multikey::publicKeyMultibase)
                .isEqualTo("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
        assertThat(alice.inbox()).contains("https://server.example/users/alice/inbox");
        assertThat(bob.publicKeys()).singleElement().extracting(PublicKey::id).isEqualTo("https://remote.domain/users/bob#main-key");
        assertThat(handle.publicKeys()).singleElement().extracting(PublicKey::owner).isEqualTo(java.util.Optional.empty());
    }
}
