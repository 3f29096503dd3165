package dev.plaza.atproto.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.lexicon.LexType.RecordType;
import dev.plaza.atproto.syntax.Nsid;
import dev.plaza.atproto.syntax.RecordKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Lexicon documents a service knows, by NSID, and validation of record data against them.
 * References resolve within the catalog only; one to a document it lacks fails validation.
 */
public final class LexiconCatalog {

    private final Map<Nsid, LexiconDocument> documents;

    private LexiconCatalog(Map<Nsid, LexiconDocument> documents) {
        this.documents = Map.copyOf(documents);
    }

    public static LexiconCatalog of(Collection<LexiconDocument> documents) {
        Map<Nsid, LexiconDocument> byId = new HashMap<>();
        for (LexiconDocument document : documents) {
            if (byId.putIfAbsent(document.id(), document) != null) {
                throw new AtprotoException("the catalog was given two Lexicon documents for %s".formatted(document.id()));
            }
        }
        return new LexiconCatalog(byId);
    }

    public Optional<LexiconDocument> document(Nsid id) {
        return Optional.ofNullable(documents.get(id));
    }

    /** The definition a reference names: "nsid#name", or "nsid" for the main definition. */
    public Optional<LexType> resolve(String ref) {
        String absolute = Refs.absolute(ref);
        return document(Refs.nsid(absolute)).flatMap(document -> document.def(Refs.name(absolute)));
    }

    /** Validates a record by the record type its "$type" names. */
    public void validateRecord(JsonNode record) {
        JsonNode type = record.path(DataShapes.TYPE);
        if (!record.isObject() || !type.isTextual() || !Nsid.isValid(type.textValue())) {
            throw new AtprotoException("a record is an object whose \"$type\" is the NSID of its record type");
        }
        validate(Nsid.parse(type.textValue()), record);
    }

    /**
     * Validates a record stored in a collection under a key: its "$type" must be the collection,
     * and the key must fit the record type's key rule.
     */
    public void validateRecord(Nsid collection, RecordKey key, JsonNode record) {
        RecordType type = recordType(collection);
        if (!RecordKeys.accepts(type.key(), key)) {
            throw new AtprotoException("record key \"%s\" does not fit %s's key rule \"%s\"".formatted(key, collection, type.key()));
        }
        JsonNode typeName = record.path(DataShapes.TYPE);
        if (!typeName.isTextual() || !typeName.textValue().equals(collection.value())) {
            throw new AtprotoException("a record in %s must have \"$type\": \"%s\", not %s"
                    .formatted(collection, collection, JsonKinds.describe(typeName)));
        }
        validate(collection, record);
    }

    /** Validates any data against the definition a reference names. */
    public void validate(JsonNode data, String ref) {
        LexType type = resolve(ref).orElseThrow(() -> new AtprotoException("%s is not in the catalog".formatted(ref)));
        new DataValidator(this).validate(data, type, "$");
    }

    private void validate(Nsid collection, JsonNode record) {
        RecordType type = recordType(collection);
        try {
            DataModelChecks.checkNoFloats(record, "$");
            new DataValidator(this).validate(record, type.record(), "$");
        } catch (AtprotoException e) {
            throw new AtprotoException("invalid %s record at %s".formatted(collection, e.getMessage()), e);
        }
    }

    private RecordType recordType(Nsid collection) {
        LexType main = document(collection).flatMap(document -> document.def(Refs.MAIN))
                .orElseThrow(() -> new AtprotoException("the catalog has no Lexicon for %s".formatted(collection)));
        if (!(main instanceof RecordType record)) {
            throw new AtprotoException("%s is not a record type".formatted(collection));
        }
        return record;
    }
}
