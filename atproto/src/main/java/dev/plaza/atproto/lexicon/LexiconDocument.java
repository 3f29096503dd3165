package dev.plaza.atproto.lexicon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.syntax.Nsid;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** One Lexicon schema document, version 1 (atproto Lexicon spec): an NSID and its named definitions, in document order. */
public record LexiconDocument(Nsid id, OptionalLong revision, Optional<String> description, Map<String, LexType> defs) {

    public static final int VERSION = 1;
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    public LexiconDocument {
        defs = Collections.unmodifiableMap(new LinkedHashMap<>(defs));
    }

    public static LexiconDocument parse(String json) {
        try {
            return parse(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new AtprotoException("a Lexicon document is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static LexiconDocument parse(JsonNode json) {
        SchemaNode root = new SchemaNode(json, "lexicon");
        JsonNode version = root.field("lexicon").orElseThrow(() -> root.refuse("\"lexicon\" (the version) is required"));
        if (!version.isIntegralNumber() || version.intValue() != VERSION) {
            throw root.refuse("\"lexicon\" must be the integer %d, not %s".formatted(VERSION, JsonKinds.describe(version)));
        }
        Nsid id = id(root);
        SchemaNode defsNode = new SchemaNode(json, id.value()).requiredObject("defs");
        LexiconParser parser = new LexiconParser(id);
        Map<String, LexType> defs = new LinkedHashMap<>();
        defsNode.json().properties().forEach(def -> {
            String where = id.value() + "#" + def.getKey();
            Refs.checkedName(def.getKey(), where);
            defs.put(def.getKey(), parser.definition(def.getKey(), new SchemaNode(def.getValue(), where)));
        });
        return new LexiconDocument(id, root.integer("revision"), root.string("description"), defs);
    }

    public Optional<LexType> def(String name) {
        return Optional.ofNullable(defs.get(name));
    }

    private static Nsid id(SchemaNode root) {
        String id = root.requiredString("id");
        try {
            return Nsid.parse(id);
        } catch (AtprotoException e) {
            throw root.refuse("\"id\": " + e.getMessage());
        }
    }
}
