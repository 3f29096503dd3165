package dev.plaza.channels.mastodon.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Plaza's contract for the Mastodon API (test resources, mastodon/contract.json): a JSON Schema per entity and request body. */
public final class MastodonContract {

    static final String BASE = "https://plaza.dev/contracts/mastodon.json";
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final JsonNode document;
    private final JsonSchemaFactory factory;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private MastodonContract(String text) {
        try {
            this.document = new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, text))));
    }

    public static MastodonContract load() {
        try (InputStream in = MastodonContract.class.getResourceAsStream("/mastodon/contract.json")) {
            return new MastodonContract(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode document() {
        return document;
    }

    public List<String> definitions() {
        return document.path("$defs").properties().stream().map(Map.Entry::getKey).toList();
    }

    public Set<ValidationMessage> problems(String definition, JsonNode json) {
        assertThat(document.path("$defs").has(definition)).as("the contract defines %s", definition).isTrue();
        return schemas.computeIfAbsent(definition,
                d -> factory.getSchema(SchemaLocation.of(BASE + "#/$defs/" + d), CONFIG)).validate(json);
    }

    public void assertValid(String definition, JsonNode json) {
        assertThat(problems(definition, json)).as("%s against the contract's %s", json, definition).isEmpty();
    }
}
