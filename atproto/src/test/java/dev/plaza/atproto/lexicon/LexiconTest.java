package dev.plaza.atproto.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.lexicon.LexType.ObjectType;
import dev.plaza.atproto.lexicon.LexType.RecordType;
import dev.plaza.atproto.lexicon.LexType.StringType;
import dev.plaza.atproto.lexicon.LexType.SubscriptionType;
import dev.plaza.atproto.syntax.Nsid;
import dev.plaza.atproto.syntax.RecordKey;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LexiconDocument NOTES = LexiconDocument.parse("""
            {"lexicon": 1, "id": "dev.plaza.test.note", "defs": {
              "main": {"type": "record", "key": "tid", "record": {"type": "object", "required": ["text"],
                "properties": {
                  "text": {"type": "string", "maxGraphemes": 3, "maxLength": 100},
                  "lang": {"type": "string", "format": "language"},
                  "extra": {"type": "unknown"},
                  "embed": {"type": "union", "refs": ["#image", "dev.plaza.test.other#thing"]},
                  "pick": {"type": "union", "refs": ["#image"], "closed": true},
                  "kind": {"type": "ref", "ref": "#kind"},
                  "elsewhere": {"type": "ref", "ref": "dev.plaza.missing.doc#thing"}}}},
              "image": {"type": "object", "required": ["alt"], "properties": {"alt": {"type": "string"}}},
              "kind": {"type": "string", "knownValues": ["a", "b"]}}}
            """);
    private static final LexiconCatalog CATALOG = LexiconCatalog.of(List.of(NOTES));
    private static final Nsid COLLECTION = Nsid.parse("dev.plaza.test.note");
    private static final RecordKey KEY = RecordKey.parse("3jzfcijpj2z2a");

    @Test
    void referencesAreKeptAbsoluteWhetherWrittenLocallyOrNot() {
        RecordType record = (RecordType) NOTES.def("main").orElseThrow();

        assertThat(record.key()).isEqualTo("tid");
        assertThat(record.record().required()).containsExactly("text");
        assertThat(record.record().properties().get("embed")).isEqualTo(new LexType.UnionType(
                Optional.empty(), List.of("dev.plaza.test.note#image", "dev.plaza.test.other#thing"), false));
        assertThat(CATALOG.resolve("dev.plaza.test.note#image")).containsInstanceOf(ObjectType.class);
        assertThat(CATALOG.resolve("dev.plaza.test.note")).containsInstanceOf(RecordType.class);
    }

    @Test
    void theCatalogsSubscriptionMessagesAreAUnionOfItsLocalDefinitions() {
        LexiconDocument subscription = LexiconDocument.parse(LexiconVectors.catalogDocuments().stream()
                .filter(doc -> doc.get("id").asText().equals("example.lexicon.subscription")).findFirst().orElseThrow());

        SubscriptionType main = (SubscriptionType) subscription.def("main").orElseThrow();

        assertThat(main.message().orElseThrow().schema().refs())
                .containsExactly("example.lexicon.subscription#yo", "example.lexicon.subscription#info");
        assertThat(main.errors()).extracting(LexType.ErrorDef::name).containsExactly("FutureCursor");
        assertThat(main.parameters().orElseThrow().properties()).containsOnlyKeys("cursor");
    }

    @Test
    void schemaRefusalsSayWhere() {
        assertRefused("""
                {"lexicon": 1, "id": "a.b.c", "defs": {"s": {"type": "string", "format": "colour"}}}""",
                "a.b.c#s: unknown string format \"colour\"");
        assertRefused("""
                {"lexicon": 1, "id": "a.b.c", "defs": {"o": {"type": "object", "required": ["x"], "properties": {}}}}""",
                "a.b.c#o: \"x\" is listed in required but not among the properties");
        assertRefused("""
                {"lexicon": 1, "id": "a.b.c", "defs": {"o": {"type": "object", "properties": {"n": {"type": "integer", "minimum": 5, "maximum": 1}}}}}""",
                "a.b.c#o.properties.n: minimum 5 is above maximum 1");
        assertRefused("""
                {"lexicon": 1, "id": "a.b.c", "defs": {"main": {"type": "query", "parameters": {"type": "params",
                  "properties": {"o": {"type": "object", "properties": {}}}}}}}""",
                "a.b.c#main.parameters.properties.o: type \"object\" is not allowed here");
        assertRefused("""
                {"lexicon": 1, "id": "a.b.c", "defs": {"main": {"type": "record", "key": "serial", "record": {"type": "object", "properties": {}}}}}""",
                "record key rule \"serial\"");
        assertRefused("""
                {"lexicon": 1, "id": "a.b.c", "defs": {"main": {"type": "permission-set", "permissions": [
                  {"type": "permission", "resource": "rpc", "lxm": ["a.b.call"]}]}}}""",
                "a.b.c#main.permissions[0]: an rpc permission needs either \"aud\" or \"inheritAud\"");
        assertRefused("""
                {"lexicon": 1, "id": "a.b.c", "defs": {"r": {"type": "ref", "ref": "#x"}}}""",
                "type \"ref\" cannot be a definition of its own");
        assertRefused("""
                {"lexicon": 1, "id": "a.b.c", "defs": {"u": {"type": "object", "properties": {"x": {"type": "union", "refs": ["nope"]}}}}}""",
                "reference \"nope\" does not start with a valid NSID");
    }

    @Test
    void aStringsLengthInGraphemesCountsWhatAReaderSees() {
        assertThat(Graphemes.count("👩‍👩‍👦‍👦")).isEqualTo(1);
        assertThat(Graphemes.count("e\u0301")).isEqualTo(1);
        assertThat(Graphemes.count("🇩🇪🏳️‍🌈")).isEqualTo(2);

        validate("""
                {"$type": "dev.plaza.test.note", "text": "👩‍👩‍👦‍👦🇩🇪e\u0301"}""");
        assertInvalid("""
                {"$type": "dev.plaza.test.note", "text": "abcd"}""", "$.text: has 4 graphemes; the maximum is 3");
    }

    @Test
    void unknownFieldsHoldObjectsOnly() {
        validate("""
                {"$type": "dev.plaza.test.note", "text": "a", "extra": {"anything": [1, "two"]}}""");
        assertInvalid("""
                {"$type": "dev.plaza.test.note", "text": "a", "extra": false}""", "$.extra: expected an object, found false");
        assertInvalid("""
                {"$type": "dev.plaza.test.note", "text": "a", "extra": {"$bytes": "AAAA"}}""", "$.extra: expected an object, found bytes");
        assertInvalid("""
                {"$type": "dev.plaza.test.note", "text": "a", "extra": {"$link": "bafyreiclp443lavogvhj3d2ob2cxbfuscni2k5jk7bebjzg7khl3esabwq"}}""",
                "found a link");
    }

    @Test
    void anOpenUnionAdmitsTypesItDoesNotListButAClosedOneDoesNot() {
        validate("""
                {"$type": "dev.plaza.test.note", "text": "a", "embed": {"$type": "com.example.video", "src": 1}}""");
        validate("""
                {"$type": "dev.plaza.test.note", "text": "a", "embed": {"$type": "dev.plaza.test.note#image", "alt": "x"}}""");
        assertInvalid("""
                {"$type": "dev.plaza.test.note", "text": "a", "embed": {"$type": "dev.plaza.test.note#image"}}""",
                "$.embed.alt: is required but missing");
        assertInvalid("""
                {"$type": "dev.plaza.test.note", "text": "a", "pick": {"$type": "com.example.video"}}""",
                "$.pick: $type \"com.example.video\" is not one of the closed union's [dev.plaza.test.note#image]");
    }

    @Test
    void aReferenceOutsideTheCatalogFailsOnlyWhenDataReachesIt() {
        validate("""
                {"$type": "dev.plaza.test.note", "text": "a", "kind": "c"}""");
        assertInvalid("""
                {"$type": "dev.plaza.test.note", "text": "a", "elsewhere": {}}""",
                "$.elsewhere: refers to dev.plaza.missing.doc#thing, which is not in the catalog");
    }

    @Test
    void recordsMustFitTheirCollectionAndKeyRule() {
        JsonNode note = json("""
                {"$type": "dev.plaza.test.note", "text": "a"}""");

        assertThatThrownBy(() -> CATALOG.validateRecord(COLLECTION, RecordKey.parse("self"), note))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("does not fit dev.plaza.test.note's key rule \"tid\"");
        assertThatThrownBy(() -> CATALOG.validateRecord(Nsid.parse("dev.plaza.test.other"), KEY, note))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("no Lexicon for dev.plaza.test.other");
        assertThatThrownBy(() -> CATALOG.validateRecord(json("{\"text\": \"a\"}")))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("$type");
    }

    @Test
    void floatsAreNotPartOfTheDataModel() {
        assertInvalid("""
                {"$type": "dev.plaza.test.note", "text": "a", "extra": {"ratio": 1.5}}""",
                "$.extra.ratio: 1.5 is not an integer");
    }

    @Test
    void aCatalogHoldsOneDocumentPerNsid() {
        assertThatThrownBy(() -> LexiconCatalog.of(List.of(NOTES, NOTES)))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("two Lexicon documents for dev.plaza.test.note");
    }

    @Test
    void aStringsFormatAndLimitsAreReadIntoTheSchema() {
        LexiconDocument doc = LexiconDocument.parse("""
                {"lexicon": 1, "id": "a.b.c", "defs": {"s": {"type": "string", "format": "datetime", "maxLength": 64}}}""");

        StringType s = (StringType) doc.def("s").orElseThrow();

        assertThat(s.format()).contains(StringFormat.DATETIME);
        assertThat(s.maxLength()).hasValue(64);
        assertThat(s.knownValues()).isEmpty();
    }

    private static void validate(String record) {
        CATALOG.validateRecord(COLLECTION, KEY, json(record));
    }

    private static void assertInvalid(String record, String message) {
        assertThatThrownBy(() -> validate(record)).isInstanceOf(AtprotoException.class).hasMessageContaining(message);
    }

    private static void assertRefused(String document, String message) {
        assertThatThrownBy(() -> LexiconDocument.parse(document)).isInstanceOf(AtprotoException.class).hasMessageContaining(message);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
