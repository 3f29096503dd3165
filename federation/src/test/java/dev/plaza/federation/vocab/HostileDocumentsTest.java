package dev.plaza.federation.vocab;

import static dev.plaza.federation.vocab.AsParseException.Problem.JSON_LD_TRICK;
import static dev.plaza.federation.vocab.AsParseException.Problem.MALFORMED;
import static dev.plaza.federation.vocab.AsParseException.Problem.TOO_LARGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Documents built to make Plaza read something else than a JSON-LD processor would, or to exhaust it. */
class HostileDocumentsTest {

    private static final AsParser PARSER = AsParser.withDefaults();
    private static final String NOTE = """
            "@context": "https://www.w3.org/ns/activitystreams", "id": "https://evil.example/n/1", "type": "Note",
            "attributedTo": "https://evil.example/u/mallory\"""";

    private static AsParseException refusal(String json) {
        AsParseException refused = catchThrowableOfType(AsParseException.class, () -> PARSER.parse(json));
        assertThat(refused).as("refused: " + json).isNotNull();
        return refused;
    }

    private static void refused(String json, AsParseException.Problem problem, String path, String why) {
        AsParseException refused = refusal(json);
        assertThat(refused.problem()).isEqualTo(problem);
        assertThat(refused.path()).isEqualTo(path);
        assertThat(refused.getMessage()).startsWith(path + ": ").contains(why);
    }

    @Test
    void graphIsRefused() {
        refused("{" + NOTE + ", \"@graph\": [{\"id\": \"https://bank.example/u/alice\", \"type\": \"Person\"}]}",
                JSON_LD_TRICK, "$.@graph", "other subjects");
    }

    @Test
    void reverseAndIncludedAreRefusedDeepInsideEmbeddedObjects() {
        refused("{" + NOTE + ", \"tag\": [{\"type\": \"Mention\", \"@reverse\": {\"as:actor\": \"https://bank.example/\"}}]}",
                JSON_LD_TRICK, "$.tag[0].@reverse", "@reverse");
        refused("{" + NOTE + ", \"replies\": {\"first\": {\"items\": [{\"@included\": []}]}}}",
                JSON_LD_TRICK, "$.replies.first.items[0].@included", "@included");
    }

    @Test
    void aliasingIdOrTypeInAnEmbeddedContextIsRefused() {
        refused("""
                {"@context": ["https://www.w3.org/ns/activitystreams", {"ident": "@id"}],
                 "id": "https://evil.example/a", "ident": "https://bank.example/a", "type": "Note"}""",
                JSON_LD_TRICK, "$.@context[1].ident", "alias of the keyword @id");
        refused("""
                {"@context": ["https://www.w3.org/ns/activitystreams", {"kind": {"@id": "@type"}}],
                 "id": "https://evil.example/a", "type": "Note"}""",
                JSON_LD_TRICK, "$.@context[1].kind", "@type");
        refused("""
                {"@context": {"id": "https://evil.example/id"}, "id": "https://evil.example/a", "type": "Note"}""",
                JSON_LD_TRICK, "$.@context.id", "redefines 'id'");
    }

    @Test
    void redefiningOrAliasingATermPlazaReadsIsRefused() {
        refused("""
                {"@context": ["https://www.w3.org/ns/activitystreams", {"actor": "https://evil.example/ns#actor"}],
                 "id": "https://evil.example/a", "type": "Create", "actor": "https://bank.example/u/alice"}""",
                JSON_LD_TRICK, "$.@context[1].actor", "redefines 'actor'");
        refused("""
                {"@context": ["https://www.w3.org/ns/activitystreams", {"doer": "as:actor"}],
                 "id": "https://evil.example/a", "type": "Create", "doer": "https://bank.example/u/alice"}""",
                JSON_LD_TRICK, "$.@context[1].doer", "another name for 'actor'");
        refused("{" + NOTE + ", \"as:attributedTo\": \"https://bank.example/u/alice\"}",
                JSON_LD_TRICK, "$.as:attributedTo", "another name for 'attributedTo'");
        refused("{" + NOTE + ", \"https://www.w3.org/ns/activitystreams#content\": \"<p>hi</p>\"}",
                JSON_LD_TRICK, "$.https://www.w3.org/ns/activitystreams#content", "another name for 'content'");
    }

    @Test
    void contextsThatChangeHowEveryTermExpandsAreRefused() {
        refused("""
                {"@context": ["https://www.w3.org/ns/activitystreams", {"@vocab": "https://evil.example/ns#"}],
                 "id": "https://evil.example/a", "type": "Note"}""", JSON_LD_TRICK, "$.@context[1].@vocab", "@vocab");
        refused("""
                {"@context": [null, "https://www.w3.org/ns/activitystreams"], "id": "https://evil.example/a", "type": "Note"}""",
                JSON_LD_TRICK, "$.@context[0]", "found null");
        refused("""
                {"@context": "/ns.jsonld", "id": "https://evil.example/a", "type": "Note"}""",
                JSON_LD_TRICK, "$.@context", "absolute http(s) URL");
        refused("""
                {"@context": {"as": "https://evil.example/ns#"}, "id": "https://evil.example/a", "type": "Note"}""",
                JSON_LD_TRICK, "$.@context.as", "prefix 'as'");
        refused("""
                {"@context": {"items": {"@id": "as:items", "@container": "@graph"}}, "id": "https://evil.example/a", "type": "Note"}""",
                JSON_LD_TRICK, "$.@context.items.@container", "@graph");
    }

    @Test
    void nestingPastThirtyTwoLevelsIsRefused() {
        String deep = "{\"a\":".repeat(40) + "1" + "}".repeat(40);
        refused("{" + NOTE + ", \"x\": " + deep + "}", TOO_LARGE, "$.x" + ".a".repeat(31), "deeper than 32");
        String abyss = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(refusal("{" + NOTE + ", \"x\": " + abyss + "}").problem()).isEqualTo(TOO_LARGE);
    }

    @Test
    void hugeArraysAndTooManyTagsAreRefused() {
        String recipients = "\"https://evil.example/u/x\",".repeat(1_500);
        refused("{" + NOTE + ", \"cc\": [" + recipients + "\"https://evil.example/u/y\"]}", TOO_LARGE, "$.cc", "limit is 1000");
        String mentions = "{\"type\": \"Mention\", \"href\": \"https://evil.example/u/x\", \"name\": \"@x\"},".repeat(300);
        refused("{" + NOTE + ", \"tag\": [" + mentions + "{}]}", TOO_LARGE, "$.tag", "limit is 200");
    }

    @Test
    void overlongStringsAndDocumentsAreRefused() {
        refused("{" + NOTE + ", \"name\": \"" + "x".repeat(10_000) + "\"}", TOO_LARGE, "$.name", "limit is 8192");
        refused("{" + NOTE + ", \"content\": \"" + "x".repeat(150_000) + "\"}", TOO_LARGE, "$.content", "limit is 100000");
        refused("{" + NOTE + ", \"summary\": \"" + "x".repeat(1_100_000) + "\"}", TOO_LARGE, "$", "limit is 1048576");
    }

    @Test
    void duplicateKeysAreRefusedBecauseParsersDisagreeOnWhichOneWins() {
        assertThat(refusal("{" + NOTE + ", \"attributedTo\": \"https://bank.example/u/alice\"}").getMessage())
                .contains("Duplicate field 'attributedTo'");
    }

    @Test
    void idsMustBeAbsoluteHttpIris() {
        refused("{\"type\": \"Note\", \"content\": \"hi\"}", MALFORMED, "$.id", "missing");
        refused("{\"id\": \"javascript:alert(1)\", \"type\": \"Note\"}", MALFORMED, "$.id", "absolute http(s) IRI");
        refused("{\"id\": \"/notes/1\", \"type\": \"Note\"}", MALFORMED, "$.id", "absolute http(s) IRI");
        refused("{\"id\": \"https://bank.example@evil.example/n/1\", \"type\": \"Note\"}", MALFORMED, "$.id", "absolute http(s) IRI");
        refused("{\"id\": \"https://evil.example/a\", \"type\": \"Create\", \"object\": {\"type\": \"Follow\"}}",
                MALFORMED, "$.object.id", "missing");
        refused("{" + NOTE + ", \"url\": \"javascript:alert(1)\"}", MALFORMED, "$.url", "absolute http(s) IRI");
    }

    @Test
    void javascriptInContentIsNeutralisedNotStored() {
        Note note = (Note) PARSER.parse("{" + NOTE + """
                , "content": "<p>hi <a href=\\"javascript:alert(1)\\">click</a><script>steal()</script><img src=x onerror=alert(1)></p>",
                "summary": "<b onmouseover=alert(1)>cw</b>",
                "contentMap": {"en": "<a href=\\"JaVaScRiPt:alert(1)\\">x</a>"}}""");

        assertThat(note.content()).hasValueSatisfying(html -> assertThat(html)
                .doesNotContainIgnoringCase("javascript").doesNotContain("script", "onerror", "<img").contains("hi", "click"));
        assertThat(note.summary()).contains("<b>cw</b>");
        assertThat(note.contentMap().get("en")).doesNotContainIgnoringCase("javascript");
    }

    @Test
    void notJsonOrNotAnObjectIsMalformed() {
        refused("{\"id\": ", MALFORMED, "$", "not valid JSON");
        refused("[1, 2]", MALFORMED, "$", "must be a JSON object");
        refused("{\"id\": \"https://a.example/1\", \"type\": \"Note\"} {}", MALFORMED, "$", "not valid JSON");
    }
}
