package dev.plaza.atproto.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.AtprotoException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/** A JSON object in a Lexicon schema document, read field by field with refusals that say where. */
record SchemaNode(JsonNode json, String where) {

    SchemaNode {
        if (!json.isObject()) {
            throw new AtprotoException("%s: expected a JSON object, found %s".formatted(where, JsonKinds.describe(json)));
        }
    }

    AtprotoException refuse(String problem) {
        return new AtprotoException("%s: %s".formatted(where, problem));
    }

    String type() {
        return requiredString("type");
    }

    Optional<JsonNode> field(String name) {
        return Optional.ofNullable(json.get(name));
    }

    String requiredString(String name) {
        return string(name).orElseThrow(() -> refuse("\"%s\" is required".formatted(name)));
    }

    Optional<String> string(String name) {
        return field(name).map(value -> {
            if (!value.isTextual()) {
                throw refuse("\"%s\" must be a string, not %s".formatted(name, JsonKinds.describe(value)));
            }
            return value.textValue();
        });
    }

    Optional<Boolean> bool(String name) {
        return field(name).map(value -> {
            if (!value.isBoolean()) {
                throw refuse("\"%s\" must be true or false, not %s".formatted(name, JsonKinds.describe(value)));
            }
            return value.booleanValue();
        });
    }

    OptionalLong integer(String name) {
        return field(name).map(value -> OptionalLong.of(asLong(value, where + "." + name))).orElse(OptionalLong.empty());
    }

    OptionalInt count(String name) {
        OptionalLong value = integer(name);
        if (value.isPresent() && (value.getAsLong() < 0 || value.getAsLong() > Integer.MAX_VALUE)) {
            throw refuse("\"%s\" must be a non-negative count, not %d".formatted(name, value.getAsLong()));
        }
        return value.isPresent() ? OptionalInt.of((int) value.getAsLong()) : OptionalInt.empty();
    }

    Optional<List<String>> strings(String name) {
        return list(name, (value, where) -> {
            if (!value.isTextual()) {
                throw new AtprotoException("%s: must be a string, not %s".formatted(where, JsonKinds.describe(value)));
            }
            return value.textValue();
        });
    }

    Optional<List<Long>> integers(String name) {
        return list(name, SchemaNode::asLong);
    }

    Optional<List<SchemaNode>> objects(String name) {
        return list(name, SchemaNode::new);
    }

    Optional<SchemaNode> object(String name) {
        return field(name).map(value -> new SchemaNode(value, where + "." + name));
    }

    SchemaNode requiredObject(String name) {
        return object(name).orElseThrow(() -> refuse("\"%s\" is required".formatted(name)));
    }

    /** The members of an object-valued field, in document order. */
    <T> Map<String, T> members(String name, Function<SchemaNode, T> read) {
        Map<String, T> members = new LinkedHashMap<>();
        object(name).ifPresent(node -> node.json.properties().forEach(member ->
                members.put(member.getKey(), read.apply(new SchemaNode(member.getValue(), node.where + "." + member.getKey())))));
        return members;
    }

    Map<String, String> stringMembers(String name) {
        Map<String, String> members = new LinkedHashMap<>();
        object(name).ifPresent(node -> node.json.properties().forEach(member -> {
            if (!member.getValue().isTextual()) {
                throw node.refuse("\"%s\" must be a string".formatted(member.getKey()));
            }
            members.put(member.getKey(), member.getValue().textValue());
        }));
        return members;
    }

    private <T> Optional<List<T>> list(String name, ElementReader<T> read) {
        return field(name).map(value -> {
            if (!value.isArray()) {
                throw refuse("\"%s\" must be an array, not %s".formatted(name, JsonKinds.describe(value)));
            }
            List<T> elements = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                elements.add(read.read(value.get(i), "%s.%s[%d]".formatted(where, name, i)));
            }
            return List.copyOf(elements);
        });
    }

    private static long asLong(JsonNode value, String where) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new AtprotoException("%s: must be an integer, not %s".formatted(where, JsonKinds.describe(value)));
        }
        return value.longValue();
    }

    @FunctionalInterface
    private interface ElementReader<T> {
        T read(JsonNode value, String where);
    }
}
