package dev.plaza.atproto.lexicon;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The atproto data model's special objects in their JSON form (atproto data model spec):
 * {"$bytes": base64} for bytes, {"$link": CID} for links, and blobs, which carry "$type": "blob".
 */
final class DataShapes {

    static final String BYTES = "$bytes";
    static final String LINK = "$link";
    static final String TYPE = "$type";

    private DataShapes() {
    }

    static boolean isBytes(JsonNode value) {
        return isSingleField(value, BYTES);
    }

    static boolean isLink(JsonNode value) {
        return isSingleField(value, LINK);
    }

    static boolean isBlob(JsonNode value) {
        return value.isObject() && value.path(TYPE).asText("").equals("blob");
    }

    /** What a data-model object holds, for messages: "bytes", "a link", "a blob" or "an object". */
    static String describeObject(JsonNode value) {
        if (isBytes(value)) {
            return "bytes";
        }
        if (isLink(value)) {
            return "a link";
        }
        return isBlob(value) ? "a blob" : "an object";
    }

    private static boolean isSingleField(JsonNode value, String name) {
        return value.isObject() && value.size() == 1 && value.has(name);
    }
}
