package dev.plaza.federation.vocab;

import static dev.plaza.federation.vocab.AsParseException.Problem.MALFORMED;
import static dev.plaza.federation.vocab.AsParseException.Problem.TOO_LARGE;
import static dev.plaza.federation.vocab.AsParseException.Problem.UNSUPPORTED;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads remote ActivityStreams documents as compacted AS2 JSON, as Mastodon does, defensively:
 * every document is walked for limits and JSON-LD tricks before a field is read. Origin checks
 * (does this id belong to the server that sent it?) are the inbox's, on the ids exposed here.
 */
public final class AsParser {

    private final AsLimits limits;
    private final ObjectMapper json;
    private final Guard guard;
    private final ObjectReader objects = new ObjectReader();

    public AsParser(AsLimits limits) {
        this.limits = requireNonNull(limits, "limits");
        this.guard = new Guard(limits);
        // Jackson's own limits stop pathological input before a tree exists; the guard reports paths.
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() * 2)
                        .maxStringLength(Math.max(limits.maxHtmlChars(), limits.maxStringChars()) * 2)
                        .maxNumberLength(64)
                        .build())
                .build();
        this.json = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public static AsParser withDefaults() {
        return new AsParser(AsLimits.DEFAULT);
    }

    /** Parses a document: a top-level object of a type Plaza handles, with an absolute http(s) id. */
    public AsObject parse(byte[] document) {
        return parse(read(document));
    }

    /**
     * A document's JSON, within the size and nesting limits, for a caller that looks at it before
     * {@link #parse(JsonNode)} reads it (one JSON parse for both).
     */
    public JsonNode read(byte[] document) {
        if (document.length > limits.maxDocumentBytes()) {
            throw new AsParseException("$", TOO_LARGE, "the document is %d bytes; the limit is %d"
                    .formatted(document.length, limits.maxDocumentBytes()));
        }
        return tree(document);
    }

    /** Parses a document {@link #read} from bytes, as {@link #parse(byte[])} does. */
    public AsObject parse(JsonNode document) {
        Node root = new Node(document, "$", limits);
        if (!root.json().isObject()) {
            throw root.malformed("a document must be a JSON object, found " + Shapes.of(root.json()));
        }
        guard.check(root.json());
        if (root.field("id").absent()) {
            throw new AsParseException("$.id", MALFORMED,
                    "missing; a fetched document needs an absolute http(s) id to be checked against its URL");
        }
        return objects.readSupported(root);
    }

    public AsObject parse(String document) {
        return parse(document.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses a document that must be of one kind, e.g. an {@link Actor} fetched from a key's owner. */
    public <T extends AsObject> T parse(byte[] document, Class<T> expected) {
        AsObject object = parse(document);
        if (!expected.isInstance(object)) {
            throw new AsParseException("$.type", UNSUPPORTED, "expected %s, found %s"
                    .formatted(expected.getSimpleName(), object.asType()));
        }
        return expected.cast(object);
    }

    private JsonNode tree(byte[] document) {
        try {
            return json.readTree(document);
        } catch (StreamConstraintsException e) {
            throw new AsParseException("$", TOO_LARGE, e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new AsParseException("$", MALFORMED, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new AsParseException("$", MALFORMED, "unreadable: " + e.getMessage());
        }
    }
}
