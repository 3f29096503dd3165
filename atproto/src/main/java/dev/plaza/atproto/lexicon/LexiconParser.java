package dev.plaza.atproto.lexicon;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.lexicon.LexType.ArrayType;
import dev.plaza.atproto.lexicon.LexType.BlobType;
import dev.plaza.atproto.lexicon.LexType.Body;
import dev.plaza.atproto.lexicon.LexType.BooleanType;
import dev.plaza.atproto.lexicon.LexType.BytesType;
import dev.plaza.atproto.lexicon.LexType.CidLinkType;
import dev.plaza.atproto.lexicon.LexType.ErrorDef;
import dev.plaza.atproto.lexicon.LexType.IntegerType;
import dev.plaza.atproto.lexicon.LexType.Message;
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
import dev.plaza.atproto.syntax.Nsid;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads the definitions of one Lexicon document into {@link LexType}s, refusing what the atproto
 * Lexicon spec does not allow: unknown types, types where they cannot stand (a primary type
 * outside "main", a ref or unknown as a definition of its own), and fields of the wrong kind.
 */
final class LexiconParser {

    private static final List<String> PRIMARY = List.of("record", "query", "procedure", "subscription", "permission-set");
    private static final List<String> DEFINABLE = List.of(
            "boolean", "integer", "string", "bytes", "cid-link", "blob", "array", "object", "token");
    private static final List<String> FIELD = List.of(
            "boolean", "integer", "string", "bytes", "cid-link", "blob", "array", "object", "ref", "union", "unknown");
    private static final List<String> PARAM = List.of("boolean", "integer", "string", "unknown", "array");
    private static final List<String> PARAM_ITEM = List.of("boolean", "integer", "string", "unknown");
    private static final List<String> BODY = List.of("object", "ref", "union");

    private final Nsid id;

    LexiconParser(Nsid id) {
        this.id = id;
    }

    LexType definition(String name, SchemaNode node) {
        String type = node.type();
        if (PRIMARY.contains(type)) {
            if (!name.equals("main")) {
                throw node.refuse("a %s may only be the \"main\" definition".formatted(type));
            }
            return primary(type, node);
        }
        if (!DEFINABLE.contains(type)) {
            throw node.refuse("type \"%s\" cannot be a definition of its own (allowed: %s, and in main: %s)"
                    .formatted(type, String.join(", ", DEFINABLE), String.join(", ", PRIMARY)));
        }
        return type.equals("token") ? new TokenType(node.string("description")) : field(node, FIELD);
    }

    private LexType primary(String type, SchemaNode node) {
        return switch (type) {
            case "record" -> record(node);
            case "query" -> new QueryType(node.string("description"), params(node), body(node, "output"), errors(node));
            case "procedure" -> new ProcedureType(node.string("description"), params(node), body(node, "input"),
                    body(node, "output"), errors(node));
            case "subscription" -> new SubscriptionType(node.string("description"), params(node), message(node), errors(node));
            default -> PermissionSets.read(node);
        };
    }

    private RecordType record(SchemaNode node) {
        String key = node.requiredString("key");
        RecordKeys.checkRule(key, node);
        SchemaNode record = node.requiredObject("record");
        if (!"object".equals(record.string("type").orElse(null))) {
            throw record.refuse("a record's \"record\" must be of type \"object\"");
        }
        return new RecordType(node.string("description"), key, object(record));
    }

    private LexType field(SchemaNode node, List<String> allowed) {
        String type = node.type();
        if (!allowed.contains(type)) {
            throw node.refuse("type \"%s\" is not allowed here (allowed: %s)".formatted(type, String.join(", ", allowed)));
        }
        Optional<String> description = node.string("description");
        return switch (type) {
            case "boolean" -> new BooleanType(description, node.bool("default"), node.bool("const"));
            case "integer" -> integer(node);
            case "string" -> string(node);
            case "bytes" -> new BytesType(description, node.count("minLength"), ordered(node, "minLength", "maxLength"));
            case "cid-link" -> new CidLinkType(description);
            case "blob" -> blob(node);
            case "array" -> array(node, allowed == PARAM ? PARAM_ITEM : FIELD);
            case "object" -> object(node);
            case "ref" -> new RefType(description, absolute(node.requiredString("ref"), node));
            case "union" -> union(node);
            case "unknown" -> new UnknownType(description);
            default -> throw node.refuse("unknown type \"%s\"".formatted(type));
        };
    }

    private IntegerType integer(SchemaNode node) {
        OptionalLong minimum = node.integer("minimum");
        OptionalLong maximum = node.integer("maximum");
        if (minimum.isPresent() && maximum.isPresent() && minimum.getAsLong() > maximum.getAsLong()) {
            throw node.refuse("minimum %d is above maximum %d".formatted(minimum.getAsLong(), maximum.getAsLong()));
        }
        return new IntegerType(node.string("description"), minimum, maximum, node.integers("enum"),
                node.integer("default"), node.integer("const"));
    }

    private StringType string(SchemaNode node) {
        Optional<StringFormat> format = node.string("format").map(name -> StringFormat.named(name)
                .orElseThrow(() -> node.refuse("unknown string format \"%s\"".formatted(name))));
        return new StringType(node.string("description"), format,
                node.count("minLength"), ordered(node, "minLength", "maxLength"),
                node.count("minGraphemes"), ordered(node, "minGraphemes", "maxGraphemes"),
                node.strings("knownValues").orElse(List.of()), node.strings("enum"),
                node.string("default"), node.string("const"));
    }

    private BlobType blob(SchemaNode node) {
        Optional<List<String>> accept = node.strings("accept");
        accept.ifPresent(patterns -> patterns.forEach(pattern -> {
            if (!MimeTypes.isPattern(pattern)) {
                throw node.refuse("\"%s\" in accept is not a MIME type or pattern like \"image/*\"".formatted(pattern));
            }
        }));
        OptionalInt maxSize = node.count("maxSize");
        return new BlobType(node.string("description"), accept,
                maxSize.isPresent() ? OptionalLong.of(maxSize.getAsInt()) : OptionalLong.empty());
    }

    private ArrayType array(SchemaNode node, List<String> itemTypes) {
        LexType items = field(node.requiredObject("items"), itemTypes);
        return new ArrayType(node.string("description"), items, node.count("minLength"), ordered(node, "minLength", "maxLength"));
    }

    private ObjectType object(SchemaNode node) {
        Map<String, LexType> properties = properties(node, FIELD);
        List<String> required = declared(node, "required", properties);
        List<String> nullable = declared(node, "nullable", properties);
        return new ObjectType(node.string("description"), properties, required, nullable);
    }

    private Optional<ParamsType> params(SchemaNode node) {
        return node.object("parameters").map(params -> {
            if (!"params".equals(params.type())) {
                throw params.refuse("parameters must be of type \"params\"");
            }
            Map<String, LexType> properties = properties(params, PARAM);
            return new ParamsType(params.string("description"), properties, declared(params, "required", properties));
        });
    }

    private Map<String, LexType> properties(SchemaNode node, List<String> allowed) {
        if (node.field("properties").isEmpty()) {
            throw node.refuse("\"properties\" is required");
        }
        return Collections.unmodifiableMap(node.members("properties", property -> field(property, allowed)));
    }

    private static List<String> declared(SchemaNode node, String listName, Map<String, LexType> properties) {
        List<String> names = node.strings(listName).orElse(List.of());
        for (String name : names) {
            if (!properties.containsKey(name)) {
                throw node.refuse("\"%s\" is listed in %s but not among the properties".formatted(name, listName));
            }
        }
        return names;
    }

    private UnionType union(SchemaNode node) {
        List<String> refs = node.strings("refs").orElseThrow(() -> node.refuse("\"refs\" is required"));
        return new UnionType(node.string("description"), refs.stream().map(ref -> absolute(ref, node)).toList(),
                node.bool("closed").orElse(false));
    }

    private Optional<Body> body(SchemaNode node, String name) {
        return node.object(name).map(body -> new Body(body.string("description"), body.requiredString("encoding"),
                body.object("schema").map(schema -> field(schema, BODY))));
    }

    private Optional<Message> message(SchemaNode node) {
        return node.object("message").map(message -> new Message(message.string("description"),
                (UnionType) field(message.requiredObject("schema"), List.of("union"))));
    }

    private static List<ErrorDef> errors(SchemaNode node) {
        return node.objects("errors").orElse(List.of()).stream()
                .map(error -> new ErrorDef(error.requiredString("name"), error.string("description")))
                .toList();
    }

    private String absolute(String ref, SchemaNode node) {
        try {
            return Refs.absolute(ref, id);
        } catch (AtprotoException e) {
            throw node.refuse(e.getMessage());
        }
    }

    private static OptionalInt ordered(SchemaNode node, String minName, String maxName) {
        OptionalInt min = node.count(minName);
        OptionalInt max = node.count(maxName);
        if (min.isPresent() && max.isPresent() && min.getAsInt() > max.getAsInt()) {
            throw node.refuse("%s %d is above %s %d".formatted(minName, min.getAsInt(), maxName, max.getAsInt()));
        }
        return max;
    }
}
