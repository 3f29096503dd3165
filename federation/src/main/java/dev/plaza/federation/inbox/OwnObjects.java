package dev.plaza.federation.inbox;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * An activity about one of Plaza's own objects (the Accept of a Follow Plaza sent) may embed a copy
 * of it, compacted the sender's way: Fedify embeds the Follow with Plaza's actor inside, its terms
 * named by IRI and its keys as JSON-LD value objects. Plaza never reads such a copy (its own objects
 * come from the store), so the copy is cut down to its id before the activity is parsed, and the
 * sender's JSON-LD style cannot get the answer refused.
 */
final class OwnObjects {

    // As strict as the parser, so that nothing the parser would refuse is smoothed over on the way.
    private static final ObjectMapper JSON = new ObjectMapper(new JsonFactoryBuilder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(64).build())
            .build()).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Recipients local;

    OwnObjects(Recipients local) {
        this.local = local;
    }

    /** The body with a top-level embedded {@code object} on Plaza's origin replaced by its id; otherwise unchanged. */
    byte[] byId(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException refused) {
            return body; // the parser refuses it too, and says where
        }
        if (root instanceof ObjectNode activity && activity.get("object") instanceof ObjectNode object
                && object.path("id").isTextual() && local.isLocal(object.get("id").asText())) {
            activity.put("object", object.get("id").asText());
            try {
                return JSON.writeValueAsBytes(activity);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a parsed activity could not be written back", e);
            }
        }
        return body;
    }
}
