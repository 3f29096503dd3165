package dev.plaza.federation.vocab;

import static dev.plaza.federation.vocab.AsParseException.Problem.JSON_LD_TRICK;
import static dev.plaza.federation.vocab.AsParseException.Problem.MALFORMED;
import static dev.plaza.federation.vocab.AsParseException.Problem.UNSUPPORTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every JSON document of Fedify's fixture set has an intended outcome here: a record type, or a
 * refusal with its reason. A fixture added upstream without one fails {@link #everyFixtureHasAnIntendedOutcome}.
 */
class FedifyFixturesTest {

    private static final AsParser PARSER = AsParser.withDefaults();

    /** What each document parses into; contexts are covered by {@link BundledContextsTest}. */
    private static final Map<String, Class<? extends AsObject>> PARSED = Map.ofEntries(
            Map.entry("activitypub.academy/users/brauca_darradiul.json", Actor.class),
            Map.entry("example.com/announce.json", Activity.class),
            Map.entry("example.com/collection.json", Collection.class),
            Map.entry("example.com/create.json", Activity.class),
            // origins are the inbox's to check; the parser exposes both ids as sent
            Map.entry("example.com/cross-origin-actor.json", Activity.class),
            Map.entry("example.com/inline-paged-collection.json", Collection.class),
            Map.entry("example.com/invite.json", Activity.class),
            Map.entry("example.com/key.json", PublicKey.class),
            Map.entry("example.com/key2.json", PublicKey.class),
            Map.entry("example.com/orderedcollectionpage.json", Collection.class),
            Map.entry("example.com/paged-collection.json", Collection.class),
            Map.entry("example.com/paged/a.json", Collection.class),
            Map.entry("example.com/paged/b.json", Collection.class),
            Map.entry("example.com/person.json", Actor.class),
            Map.entry("example.com/person2.json", Actor.class),
            Map.entry("example.com/users/handle.json", Actor.class),
            Map.entry("oeee.cafe/ap/users/3609fd4e-d51d-4db8-9f04-4189815864dd.json", Actor.class),
            Map.entry("remote.domain/users/bob.json", Actor.class),
            Map.entry("server.example/users/alice.json", Actor.class),
            Map.entry("wizard.casa/users/hongminhee.json", Actor.class));

    /** Documents Plaza refuses on purpose: the problem and the path the message names. */
    private static final Map<String, Refusal> REFUSED = Map.of(
            // expanded JSON-LD (Fedify tests its expansion path with it): Plaza reads compacted AS2 only
            "example.com/hong-gildong.json", new Refusal(JSON_LD_TRICK, "$.@id"),
            // a bare IRI-named property with a value object and no id or type
            "example.com/test.json", new Refusal(JSON_LD_TRICK, "$.https://example.com/prop/test.@value"),
            // Fedify's "fetched the wrong type" case: an @type and nothing else
            "example.com/wrong-type.json", new Refusal(JSON_LD_TRICK, "$.@type"),
            // a page without an id cannot be checked against the URL it was fetched from
            "example.com/inline-paged/a.json", new Refusal(MALFORMED, "$.id"),
            "example.com/object.json", new Refusal(UNSUPPORTED, "$.type"),
            "media.example.com/avatars/test-avatar.jpg.json", new Refusal(UNSUPPORTED, "$.type"));

    private record Refusal(AsParseException.Problem problem, String path) {
    }

    @Test
    void everyFixtureHasAnIntendedOutcome() {
        Set<String> unaccounted = new TreeSet<>(Fixtures.all());
        unaccounted.removeAll(PARSED.keySet());
        unaccounted.removeAll(REFUSED.keySet());
        unaccounted.removeAll(BundledContextsTest.contextDocuments());
        assertThat(unaccounted).isEmpty();
        assertThat(Fixtures.all()).hasSizeGreaterThanOrEqualTo(PARSED.size() + REFUSED.size());
    }

    @Test
    void everyObjectFixtureParsesIntoItsRecord() {
        PARSED.forEach((fixture, type) -> assertThat(PARSER.parse(Fixtures.read(fixture)))
                .as(fixture).isInstanceOf(type));
    }

    @Test
    void everyRefusedFixtureIsRefusedForItsReason() {
        REFUSED.forEach((fixture, refusal) -> {
            AsParseException refused = catchThrowableOfType(AsParseException.class,
                    () -> PARSER.parse(Fixtures.read(fixture)));
            assertThat(refused).as(fixture).isNotNull();
            assertThat(refused.problem()).as(fixture).isEqualTo(refusal.problem());
            assertThat(refused.path()).as(fixture).isEqualTo(refusal.path());
            assertThat(refused.getMessage()).as(fixture).startsWith(refusal.path() + ": ");
        });
    }

    @Test
    void contextDocumentsAreNotObjects() {
        // refused either for redefining terms Plaza reads (did/v1's "image") or, failing that, for having no id
        BundledContextsTest.contextDocuments().forEach(context -> assertThatThrownBy(
                () -> PARSER.parse(Fixtures.read(context))).as(context)
                .isInstanceOfSatisfying(AsParseException.class, e -> assertThat(e.path()).startsWith("$.")));
    }

    @Test
    void fixturesAreReadInPlaceFromTheSharedVectors() throws IOException {
        assertThat(Fixtures.ROOT.resolve("SOURCE.txt")).exists();
        assertThat(new ObjectMapper().readTree(Fixtures.read("example.com/create.json")).get("id").asText())
                .isEqualTo("https://example.com/create");
    }
}
