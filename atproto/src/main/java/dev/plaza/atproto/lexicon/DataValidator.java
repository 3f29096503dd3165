package dev.plaza.atproto.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.lexicon.LexType.ArrayType;
import dev.plaza.atproto.lexicon.LexType.BlobType;
import dev.plaza.atproto.lexicon.LexType.BooleanType;
import dev.plaza.atproto.lexicon.LexType.BytesType;
import dev.plaza.atproto.lexicon.LexType.CidLinkType;
import dev.plaza.atproto.lexicon.LexType.IntegerType;
import dev.plaza.atproto.lexicon.LexType.ObjectType;
import dev.plaza.atproto.lexicon.LexType.ParamsType;
import dev.plaza.atproto.lexicon.LexType.PermissionSetType;
import dev.plaza.atproto.lexicon.LexType.ProcedureType;
import dev.plaza.atproto.lexicon.LexType.QueryType;
import dev.plaza.atproto.lexicon.LexType.RecordType;
import dev.plaza.atproto.lexicon.LexType.RefType;
import dev.plaza.atproto.lexicon.LexType.StringType;
import dev.plaza.atproto.lexicon.LexType.SubscriptionType;
import dev.plaza.atproto.lexicon.LexType.TokenType;
import dev.plaza.atproto.lexicon.LexType.UnionType;
import dev.plaza.atproto.lexicon.LexType.UnknownType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks data against a Lexicon type (atproto Lexicon spec, "Data validation"), naming the path
 * of the first value that does not fit: "$.formats.handle", "$.array[1]".
 */
final class DataValidator {

    private final LexiconCatalog catalog;

    DataValidator(LexiconCatalog catalog) {
        this.catalog = catalog;
    }

    void validate(JsonNode value, LexType type, String path) {
        switch (type) {
            case BooleanType t -> booleanValue(value, t, path);
            case IntegerType t -> IntegerChecks.check(value, t, path);
            case StringType t -> StringChecks.check(value, t, path);
            case BytesType t -> BinaryChecks.bytes(value, t, path);
            case CidLinkType t -> BinaryChecks.link(value, path);
            case BlobType t -> BinaryChecks.blob(value, t, path);
            case ArrayType t -> array(value, t, path);
            case ObjectType t -> object(value, t.properties(), t.required(), t.nullable(), path);
            case ParamsType t -> object(value, t.properties(), t.required(), List.of(), path);
            case RefType t -> ref(value, t.ref(), path);
            case UnionType t -> union(value, t, path);
            case UnknownType t -> unknown(value, path);
            case RecordType t -> validate(value, t.record(), path);
            case TokenType t -> throw refuse(path, "a token names a value and holds no data");
            case QueryType t -> throw refuse(path, "a query is not a data type");
            case ProcedureType t -> throw refuse(path, "a procedure is not a data type");
            case SubscriptionType t -> throw refuse(path, "a subscription is not a data type");
            case PermissionSetType t -> throw refuse(path, "a permission set is not a data type");
        }
    }

    static AtprotoException refuse(String path, String problem) {
        return new AtprotoException("%s: %s".formatted(path, problem));
    }

    static AtprotoException expected(String path, String kind, JsonNode value) {
        String found = value.isObject() ? DataShapes.describeObject(value) : JsonKinds.describe(value);
        return refuse(path, "expected %s, found %s".formatted(kind, found));
    }

    private static void booleanValue(JsonNode value, BooleanType type, String path) {
        if (!value.isBoolean()) {
            throw expected(path, "a boolean", value);
        }
        type.constValue().filter(constant -> constant != value.booleanValue())
                .ifPresent(constant -> {
                    throw refuse(path, "must be the constant %s".formatted(constant));
                });
    }

    private void array(JsonNode value, ArrayType type, String path) {
        if (!value.isArray()) {
            throw expected(path, "an array", value);
        }
        Bounds.check(path, value.size(), type.minLength(), type.maxLength(), "elements");
        for (int i = 0; i < value.size(); i++) {
            validate(value.get(i), type.items(), path + "[" + i + "]");
        }
    }

    private void object(JsonNode value, Map<String, LexType> properties, List<String> required, List<String> nullable,
            String path) {
        if (!value.isObject() || DataShapes.isBytes(value) || DataShapes.isLink(value) || DataShapes.isBlob(value)) {
            throw expected(path, "an object", value);
        }
        for (Map.Entry<String, LexType> property : properties.entrySet()) {
            JsonNode field = value.get(property.getKey());
            String fieldPath = path + "." + property.getKey();
            if (field == null || (field.isNull() && nullable.contains(property.getKey()))) {
                continue;
            }
            if (field.isNull()) {
                throw refuse(fieldPath, "is null, but the schema does not make it nullable");
            }
            validate(field, property.getValue(), fieldPath);
        }
        for (String name : required) {
            if (!value.has(name)) {
                throw refuse(path + "." + name, "is required but missing");
            }
        }
    }

    private void ref(JsonNode value, String ref, String path) {
        LexType target = catalog.resolve(ref)
                .orElseThrow(() -> refuse(path, "refers to %s, which is not in the catalog".formatted(ref)));
        if (target instanceof TokenType) {
            if (!value.isTextual() || !Refs.absolute(value.textValue()).equals(ref)) {
                throw refuse(path, "expected the token %s".formatted(ref));
            }
            return;
        }
        validate(value, target, path);
    }

    private void union(JsonNode value, UnionType type, String path) {
        if (!value.isObject() || DataShapes.isBytes(value) || DataShapes.isLink(value) || DataShapes.isBlob(value)) {
            throw expected(path, "an object with a $type", value);
        }
        JsonNode typeName = value.get(DataShapes.TYPE);
        if (typeName == null || !typeName.isTextual()) {
            throw refuse(path, "a union member needs a string $type naming one of " + type.refs());
        }
        String ref = absoluteType(typeName.textValue())
                .orElseThrow(() -> refuse(path, "$type %s does not name a Lexicon definition".formatted(typeName)));
        if (type.refs().contains(ref)) {
            ref(value, ref, path);
        } else if (type.closed()) {
            throw refuse(path, "$type %s is not one of the closed union's %s".formatted(typeName, type.refs()));
        }
    }

    private static void unknown(JsonNode value, String path) {
        if (!value.isObject() || DataShapes.isBytes(value) || DataShapes.isLink(value) || DataShapes.isBlob(value)) {
            throw expected(path, "an object", value);
        }
    }

    private static Optional<String> absoluteType(String typeName) {
        try {
            return Optional.of(Refs.absolute(typeName));
        } catch (AtprotoException e) {
            return Optional.empty();
        }
    }
}
