package dev.plaza.atproto.lexicon;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One type in a Lexicon schema (atproto Lexicon spec, version 1). References ("ref", union
 * "refs") are kept absolute, as "nsid#name", whether the schema wrote them "#name" or "nsid".
 */
public sealed interface LexType {

    Optional<String> description();

    record BooleanType(Optional<String> description, Optional<Boolean> defaultValue, Optional<Boolean> constValue)
            implements LexType {
    }

    record IntegerType(Optional<String> description, OptionalLong minimum, OptionalLong maximum,
            Optional<List<Long>> enumValues, OptionalLong defaultValue, OptionalLong constValue) implements LexType {
    }

    /** Lengths are in UTF-8 bytes, graphemes in extended grapheme clusters; knownValues only suggest. */
    record StringType(Optional<String> description, Optional<StringFormat> format, OptionalInt minLength,
            OptionalInt maxLength, OptionalInt minGraphemes, OptionalInt maxGraphemes, List<String> knownValues,
            Optional<List<String>> enumValues, Optional<String> defaultValue, Optional<String> constValue)
            implements LexType {
    }

    record BytesType(Optional<String> description, OptionalInt minLength, OptionalInt maxLength) implements LexType {
    }

    record CidLinkType(Optional<String> description) implements LexType {
    }

    /** accept holds MIME types or patterns such as "image/*"; when absent, any type is accepted. */
    record BlobType(Optional<String> description, Optional<List<String>> accept, OptionalLong maxSize)
            implements LexType {
    }

    record ArrayType(Optional<String> description, LexType items, OptionalInt minLength, OptionalInt maxLength)
            implements LexType {
    }

    record ObjectType(Optional<String> description, Map<String, LexType> properties, List<String> required,
            List<String> nullable) implements LexType {
    }

    /** The query-string parameters of an endpoint: booleans, integers, strings, unknowns and arrays of them. */
    record ParamsType(Optional<String> description, Map<String, LexType> properties, List<String> required)
            implements LexType {
    }

    record TokenType(Optional<String> description) implements LexType {
    }

    record RefType(Optional<String> description, String ref) implements LexType {
    }

    /** An open union also admits objects whose $type it does not list; a closed one does not. */
    record UnionType(Optional<String> description, List<String> refs, boolean closed) implements LexType {
    }

    record UnknownType(Optional<String> description) implements LexType {
    }

    /** key is "tid", "nsid", "any" or "literal:" and the one key allowed. */
    record RecordType(Optional<String> description, String key, ObjectType record) implements LexType {
    }

    record QueryType(Optional<String> description, Optional<ParamsType> parameters, Optional<Body> output,
            List<ErrorDef> errors) implements LexType {
    }

    record ProcedureType(Optional<String> description, Optional<ParamsType> parameters, Optional<Body> input,
            Optional<Body> output, List<ErrorDef> errors) implements LexType {
    }

    record SubscriptionType(Optional<String> description, Optional<ParamsType> parameters, Optional<Message> message,
            List<ErrorDef> errors) implements LexType {
    }

    /** OAuth permissions bundled under one name (atproto permission spec); titles and details by language tag. */
    record PermissionSetType(Optional<String> description, Optional<String> title, Map<String, String> titleLang,
            Optional<String> detail, Map<String, String> detailLang, List<Permission> permissions) implements LexType {
    }

    /** The HTTP body of a query or procedure; its schema is an object, ref or union when present. */
    record Body(Optional<String> description, String encoding, Optional<LexType> schema) {
    }

    /** The messages of a subscription: a union of the event objects it sends. */
    record Message(Optional<String> description, UnionType schema) {
    }

    record ErrorDef(String name, Optional<String> description) {
    }
}
