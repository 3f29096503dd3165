package dev.plaza.federation.vocab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Serialises Plaza's outgoing objects as compacted ActivityStreams with the @context Mastodon and
 * its peers expect. Every context URL here is bundled with Plaza (shared/vectors), never fetched.
 */
public final class AsWriter {

    public static final String ACTIVITYSTREAMS = "https://www.w3.org/ns/activitystreams";
    public static final String SECURITY_V1 = "https://w3id.org/security/v1";
    public static final String MULTIKEY_V1 = "https://w3id.org/security/multikey/v1";

    /** The context documents the @context array references, in order. */
    public static final List<String> CONTEXT_URLS = List.of(ACTIVITYSTREAMS, SECURITY_V1, MULTIKEY_V1);

    public static final String CONTENT_TYPE = "application/activity+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private AsWriter() {
    }

    /** A fresh copy of the @context array: the three documents, then Mastodon's extension terms. */
    public static ArrayNode context() {
        ArrayNode context = JSON.createArrayNode();
        CONTEXT_URLS.forEach(context::add);
        ObjectNode terms = context.addObject();
        terms.put("toot", Terms.TOOT);
        terms.put("schema", "http://schema.org#");
        terms.put("manuallyApprovesFollowers", "as:manuallyApprovesFollowers");
        terms.put("sensitive", "as:sensitive");
        terms.put("Hashtag", "as:Hashtag");
        terms.putObject("movedTo").put("@id", "as:movedTo").put("@type", "@id");
        terms.putObject("featured").put("@id", "toot:featured").put("@type", "@id");
        terms.put("discoverable", "toot:discoverable");
        terms.put("Emoji", "toot:Emoji");
        terms.put("votersCount", "toot:votersCount");
        terms.put("PropertyValue", "schema:PropertyValue");
        terms.put("value", "schema:value");
        return context;
    }

    /** The object as a document: @context first, then its properties. */
    public static ObjectNode document(AsObject object) {
        ObjectNode document = JSON.createObjectNode();
        document.set("@context", context());
        document.setAll(ObjectWriter.write(object));
        return document;
    }

    /** The object without @context, to embed in another (a Create's Note). */
    public static ObjectNode embedded(AsObject object) {
        return ObjectWriter.write(object);
    }

    /** The document as UTF-8 JSON, ready to sign and send. */
    public static byte[] bytes(AsObject object) {
        try {
            return JSON.writeValueAsBytes(document(object));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
