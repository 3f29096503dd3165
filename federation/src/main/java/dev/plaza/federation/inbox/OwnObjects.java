package dev.plaza.federation.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An activity about one of Plaza's own objects (the Accept of a Follow Plaza sent) may embed a copy
 * of it, compacted the sender's way: Fedify embeds the Follow with Plaza's actor inside, its terms
 * named by IRI and its keys as JSON-LD value objects. Plaza never reads such a copy (its own objects
 * come from the store), so the copy is cut down to its id before the activity is parsed, and the
 * sender's JSON-LD style cannot get the answer refused.
 */
final class OwnObjects {

    private final Recipients local;

    OwnObjects(Recipients local) {
        this.local = local;
    }

    /** Replaces a top-level embedded {@code object} on Plaza's origin by its id, in place; otherwise leaves the document as it is. */
    void cutToId(JsonNode document) {
        if (document instanceof ObjectNode activity && activity.get("object") instanceof ObjectNode object
                && object.path("id").isTextual() && local.isLocal(object.get("id").asText())) {
            activity.put("object", object.get("id").asText());
        }
    }
}
