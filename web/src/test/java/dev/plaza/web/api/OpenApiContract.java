package dev.plaza.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.DisallowUnknownKeywordFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The OpenAPI document as a test oracle: it finds the operation a response answered, insists that
 * the document lists the response's status, and validates the body against the schema the document
 * gives for it (JSON Schema 2020-12, {@code $ref}s resolved within the document).
 */
final class OpenApiContract {

    /** One documented answer: the operation and the status it may answer with. */
    record Answer(String method, String path, String status) {
    }

    private static final String BASE = "https://plaza.test/api/v1/openapi.json";
    private static final String PREFIX = "/api/v1";

    /**
     * JSON Schema 2020-12 plus the OpenAPI document's own fields (the schemas live inside it), and
     * nothing else: a misspelt keyword in a schema fails the test instead of being ignored.
     */
    private static final JsonMetaSchema OPENAPI_DIALECT = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
            .keywords(Stream.of("openapi", "info", "jsonSchemaDialect", "servers", "security", "tags", "paths",
                    "components", "discriminator", "externalDocs", "example").map(NonValidationKeyword::new).toList())
            .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
            .build();

    private final JsonNode document;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final List<String> templates;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final Set<Answer> seen = ConcurrentHashMap.newKeySet();

    OpenApiContract(String documentText) {
        try {
            this.document = new ObjectMapper().readTree(documentText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(OPENAPI_DIALECT)
                .schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, documentText))));
        // Literal paths first, so that a template never shadows a fixed path.
        this.templates = document.path("paths").properties().stream().map(Map.Entry::getKey)
                .sorted(Comparator.comparing((String t) -> t.chars().filter(c -> c == '{').count())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    JsonNode document() {
        return document;
    }

    /** Every (operation, status) the document promises, the catch-all {@code default} aside. */
    Set<Answer> documented() {
        Set<Answer> all = new java.util.HashSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (op.getKey().equals("parameters")) {
                return;
            }
            op.getValue().path("responses").fieldNames().forEachRemaining(status -> {
                if (!status.equals("default")) {
                    all.add(new Answer(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), status));
                }
            });
        }));
        return all;
    }

    Set<Answer> seen() {
        return Set.copyOf(seen);
    }

    void check(ApiResponse response, String contentType) {
        String template = template(response.path())
                .orElseGet(() -> fail("the document has no path for %s", response));
        JsonNode operation = document.path("paths").path(template).path(response.method().toLowerCase(java.util.Locale.ROOT));
        if (operation.isMissingNode()) {
            fail("the document has no %s operation on %s, yet the server answered %s", response.method(), template, response);
        }
        String status = Integer.toString(response.status());
        JsonNode answer = resolve(operation.path("responses").path(status));
        if (answer.isMissingNode()) {
            fail("the document does not say that %s %s may answer %s: %s", response.method(), template, status, response);
        }
        seen.add(new Answer(response.method(), template, status));
        assertThat(contentType).as("Content-Type of %s", response).startsWith("application/json");
        String ref = answer.path("content").path("application/json").path("schema").path("$ref").asText();
        assertThat(ref).as("the schema of %s %s %s is a $ref into components", response.method(), template, status)
                .startsWith("#/components/schemas/");
        Set<ValidationMessage> problems = schema(ref).validate(response.json());
        if (!problems.isEmpty()) {
            fail("%s does not match %s: %s", response, ref, problems);
        }
    }

    /** The names of the query parameters the document gives the operation that answers this path. */
    List<String> queryParameters(String method, String path) {
        JsonNode operation = document.path("paths").path(template(path).orElseThrow())
                .path(method.toLowerCase(java.util.Locale.ROOT));
        List<String> names = new java.util.ArrayList<>();
        operation.path("parameters").forEach(parameter -> {
            JsonNode resolved = resolve(parameter);
            if (resolved.path("in").asText().equals("query")) {
                names.add(resolved.path("name").asText());
            }
        });
        return names;
    }

    /** Validates any JSON against a schema of the components, e.g. a request body. */
    Set<ValidationMessage> validate(String schemaName, JsonNode json) {
        return schema("#/components/schemas/" + schemaName).validate(json);
    }

    private JsonSchema schema(String ref) {
        return schemas.computeIfAbsent(ref, r -> factory.getSchema(SchemaLocation.of(BASE + r), config));
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (ref.isEmpty()) {
            return node;
        }
        JsonNode target = document.at(ref.substring(1));
        assertThat(target.isMissingNode()).as("%s resolves", ref).isFalse();
        return resolve(target);
    }

    private Optional<String> template(String path) {
        String bare = path.split("\\?", 2)[0];
        if (!bare.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String relative = bare.substring(PREFIX.length());
        return templates.stream()
                .filter(t -> Pattern.matches(t.replaceAll("\\{[^/]+}", "[^/]+").replace(".", "\\."), relative))
                .findFirst();
    }
}
