package dev.plaza.atproto.cbor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON form of the atproto data model (atproto data model spec, "JSON representation"):
 * links are {"$link": cid}, bytes are {"$bytes": base64 without padding}, and blobs stay objects
 * with {"$type": "blob", "ref", "mimeType", "size"}.
 */
public final class DataModelJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LINK = "$link";
    private static final String BYTES = "$bytes";
    private static final String TYPE = "$type";

    private DataModelJson() {
    }

    /** Reads a record or other atproto document, which is an object at the top level. */
    public static DagValue.Map toObject(JsonNode json) {
        if (!json.isObject()) {
            throw new AtprotoException("atproto data is a JSON object at the top level, not %s".formatted(json.getNodeType()));
        }
        return (DagValue.Map) toValue(json, "$");
    }

    /** Reads any data model value; refuses floats, malformed $link and $bytes objects, a bad $type and broken blobs. */
    public static DagValue toValue(JsonNode json) {
        return toValue(json, "$");
    }

    public static JsonNode toJson(DagValue value) {
        return switch (value) {
            case DagValue.Null n -> NODES.nullNode();
            case DagValue.Bool b -> NODES.booleanNode(b.value());
            case DagValue.Int i -> NODES.numberNode(i.value());
            case DagValue.Text t -> NODES.textNode(t.value());
            case DagValue.Bytes b -> NODES.objectNode().put(BYTES, Base64.getEncoder().withoutPadding().encodeToString(b.array()));
            case DagValue.Link l -> NODES.objectNode().put(LINK, l.cid().toString());
            case DagValue.List l -> {
                ArrayNode array = NODES.arrayNode(l.items().size());
                l.items().forEach(item -> array.add(toJson(item)));
                yield array;
            }
            case DagValue.Map m -> {
                ObjectNode object = NODES.objectNode();
                m.entries().forEach((key, item) -> object.set(key, toJson(item)));
                yield object;
            }
        };
    }

    private static DagValue toValue(JsonNode json, String path) {
        return switch (json.getNodeType()) {
            case NULL -> DagValue.NULL;
            case BOOLEAN -> new DagValue.Bool(json.booleanValue());
            case NUMBER -> new DagValue.Int(integer(json, path));
            case STRING -> new DagValue.Text(json.textValue());
            case BINARY -> DagValue.Bytes.of(binary(json, path));
            case ARRAY -> list(json, path);
            case OBJECT -> object(json, path);
            default -> throw new AtprotoException("%s is %s, which the atproto data model cannot hold".formatted(path, json.getNodeType()));
        };
    }

    private static long integer(JsonNode json, String path) {
        if (json.isIntegralNumber() && json.canConvertToLong()) {
            return json.longValue();
        }
        BigDecimal number = json.decimalValue();
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            throw new AtprotoException("%s is the float %s; the atproto data model has only integers".formatted(path, json));
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw new AtprotoException("%s is %s, beyond the 64-bit signed integers of the atproto data model".formatted(path, json));
        }
    }

    private static DagValue.List list(JsonNode json, String path) {
        var items = new ArrayList<DagValue>(json.size());
        for (int i = 0; i < json.size(); i++) {
            items.add(toValue(json.get(i), path + "[" + i + "]"));
        }
        return new DagValue.List(items);
    }

    private static DagValue object(JsonNode json, String path) {
        if (json.has(LINK)) {
            return new DagValue.Link(Cid.parse(onlyString(json, LINK, path)));
        }
        if (json.has(BYTES)) {
            return DagValue.Bytes.of(base64(onlyString(json, BYTES, path), path));
        }
        Map<String, DagValue> entries = new LinkedHashMap<>();
        for (var field : json.properties()) {
            entries.put(field.getKey(), toValue(field.getValue(), path + "." + field.getKey()));
        }
        DagValue.Map map = new DagValue.Map(entries);
        checkType(map, path);
        return map;
    }

    /** The string under {@code key} of an object that must hold nothing else, as $link and $bytes objects do. */
    private static String onlyString(JsonNode json, String key, String path) {
        if (json.size() != 1) {
            throw new AtprotoException("%s is a %s object with other fields too (%s)".formatted(path, key, String.join(", ", json.properties().stream().map(Map.Entry::getKey).toList())));
        }
        JsonNode value = json.get(key);
        if (!value.isTextual()) {
            throw new AtprotoException("%s.%s is %s; it must be a string".formatted(path, key, value.getNodeType()));
        }
        return value.textValue();
    }

    /** Bytes are base64 without padding in atproto JSON; padded input is accepted too. */
    private static byte[] base64(String text, String path) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new AtprotoException("%s.$bytes is not base64: %s".formatted(path, e.getMessage()));
        }
    }

    private static byte[] binary(JsonNode json, String path) {
        try {
            return json.binaryValue();
        } catch (java.io.IOException e) {
            throw new AtprotoException("%s holds binary that could not be read".formatted(path), e);
        }
    }

    /** atproto data model spec: $type, where present, is a non-empty string; a blob has ref, mimeType and size. */
    private static void checkType(DagValue.Map map, String path) {
        if (!map.entries().containsKey(TYPE)) {
            return;
        }
        DagValue type = map.entries().get(TYPE);
        if (!(type instanceof DagValue.Text text) || text.value().isEmpty()) {
            throw new AtprotoException("%s.$type is %s; it must be a non-empty string".formatted(path, describe(type)));
        }
        if (text.value().equals("blob")) {
            require(map, path, "ref", DagValue.Link.class, "a link");
            require(map, path, "mimeType", DagValue.Text.class, "a string");
            require(map, path, "size", DagValue.Int.class, "an integer");
        }
    }

    private static void require(DagValue.Map blob, String path, String key, Class<? extends DagValue> type, String kind) {
        DagValue value = blob.entries().get(key);
        if (value == null) {
            throw new AtprotoException("%s is a blob without %s".formatted(path, key));
        }
        if (!type.isInstance(value)) {
            throw new AtprotoException("%s.%s of a blob is %s; it must be %s".formatted(path, key, describe(value), kind));
        }
    }

    private static String describe(DagValue value) {
        return value instanceof DagValue.Text text ? "\"" + text.value() + "\"" : value.kind();
    }
}
