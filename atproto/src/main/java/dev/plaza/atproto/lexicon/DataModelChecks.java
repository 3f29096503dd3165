package dev.plaza.atproto.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Rules of the atproto data model that hold whatever the schema: there are no floating-point numbers. */
final class DataModelChecks {

    private DataModelChecks() {
    }

    static void checkNoFloats(JsonNode value, String path) {
        if (value.isNumber() && !value.isIntegralNumber()) {
            throw DataValidator.refuse(path, "%s is not an integer; the atproto data model has no floats".formatted(value));
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                checkNoFloats(value.get(i), path + "[" + i + "]");
            }
        }
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                checkNoFloats(field.getValue(), path + "." + field.getKey());
            }
        }
    }
}
