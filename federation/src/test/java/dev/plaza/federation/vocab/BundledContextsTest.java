package dev.plaza.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON-LD contexts Plaza bundles instead of fetching: well formed, and all that AsWriter needs. */
class BundledContextsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CONTEXT_KEYWORDS = Set.of(
            "@version", "@vocab", "@protected", "@language", "@base", "@propagate", "@import", "@direction");
    private static final Set<String> DEFINITION_KEYWORDS = Set.of(
            "@id", "@type", "@container", "@context", "@protected", "@reverse", "@language", "@prefix", "@nest",
            "@index", "@direction");

    /** Documents whose only property is @context: the w3id.org and www.w3.org folders, and GoToSocial's ns. */
    static List<String> contextDocuments() {
        return Fixtures.all().stream().filter(fixture -> {
            JsonNode document = tree(fixture);
            return document.size() == 1 && document.has("@context");
        }).toList();
    }

    private static JsonNode tree(String fixture) {
        try {
            return JSON.readTree(Fixtures.read(fixture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theContextFoldersHoldOnlyContexts() {
        assertThat(contextDocuments())
                .containsAll(Fixtures.all().stream().filter(f -> f.startsWith("w3id.org/") || f.startsWith("www.w3.org/")).toList())
                .contains("gotosocial.org/ns.json")
                .hasSize(10);
    }

    @Test
    void everyBundledContextIsAValidJsonLdContext() {
        contextDocuments().forEach(fixture -> checkContext(tree(fixture).get("@context"), fixture));
    }

    @Test
    void everyContextAsWriterReferencesIsBundled() {
        assertThat(AsWriter.CONTEXT_URLS).allSatisfy(url -> {
            assertThat(Fixtures.contextFile(url)).exists();
            assertThat(contextDocuments()).contains(Fixtures.ROOT.relativize(Fixtures.contextFile(url)).toString().replace('\\', '/'));
        });
    }

    @Test
    void theBundledContextsDefineTheTermsPlazaWrites() {
        JsonNode activityStreams = tree("www.w3.org/ns/activitystreams.json").get("@context");
        JsonNode security = tree("w3id.org/security/v1.json").get("@context");
        JsonNode multikey = tree("w3id.org/security/multikey/v1.json").get("@context");

        assertThat(activityStreams.get("as").asText()).isEqualTo(Terms.AS);
        assertThat(activityStreams.has("sharedInbox") && activityStreams.has("alsoKnownAs")).isTrue();
        assertThat(security.get("sec").asText()).isEqualTo(Terms.SEC);
        assertThat(security.has("publicKey") && security.has("publicKeyPem") && security.has("owner")).isTrue();
        assertThat(multikey.get("Multikey").get("@context").has("publicKeyMultibase")).isTrue();
    }

    private static void checkContext(JsonNode context, String where) {
        assertThat(context.isObject()).as(where + ": @context is an object").isTrue();
        for (Map.Entry<String, JsonNode> term : context.properties()) {
            String path = where + " " + term.getKey();
            JsonNode definition = term.getValue();
            if (term.getKey().startsWith("@")) {
                assertThat(CONTEXT_KEYWORDS).as(path).contains(term.getKey());
            } else if (definition.isTextual()) {
                assertThat(isIriOrKeyword(definition.asText())).as(path + " → " + definition).isTrue();
            } else if (definition.isObject()) {
                checkDefinition(definition, path);
            } else {
                assertThat(definition.isNull() || definition.isBoolean()).as(path + " is a string, object or null").isTrue();
            }
        }
    }

    private static void checkDefinition(JsonNode definition, String path) {
        definition.properties().forEach(entry -> {
            assertThat(DEFINITION_KEYWORDS).as(path).contains(entry.getKey());
            if (entry.getKey().equals("@context")) {
                checkContext(entry.getValue(), path);
            } else if (entry.getKey().equals("@id")) {
                assertThat(isIriOrKeyword(entry.getValue().asText())).as(path + " @id").isTrue();
            }
        });
    }

    // compact IRIs ("as:Note"), absolute IRIs, blank nodes ("_:") and keywords; no relative terms
    private static boolean isIriOrKeyword(String value) {
        return value.startsWith("@") || value.contains(":");
    }
}
