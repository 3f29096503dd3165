package dev.plaza.atproto.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.atproto.syntax.AtUri;
import dev.plaza.atproto.xrpc.XrpcClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writing records to the peer's PDS as another Bluesky app would, and reading back what a test wrote:
 * a record, and the text a post's facets cover.
 */
public final class PeerRecords {

    private PeerRecords() {
    }

    /** com.atproto.repo.createRecord of {@code record} (typed as its collection) in the author's repository: its uri and cid. */
    public static JsonNode create(XrpcClient pds, PeerAccount author, String collection, ObjectNode record) {
        record.put("$type", collection);
        ObjectNode input = JsonNodeFactory.instance.objectNode().put("repo", author.did().value()).put("collection", collection);
        input.set("record", record);
        return pds.procedure("com.atproto.repo.createRecord", input, Optional.of(author.session()));
    }

    /** A post's record, written now: its text, and with {@code rootAndParent} (root, then parent) a reply. */
    public static ObjectNode post(String text, JsonNode... rootAndParent) {
        ObjectNode record = JsonNodeFactory.instance.objectNode().put("text", text).put("createdAt", Instant.now().toString());
        record.putArray("langs").add("en");
        if (rootAndParent.length == 2) {
            record.putObject("reply").<ObjectNode>set("root", ref(rootAndParent[0])).set("parent", ref(rootAndParent[1]));
        }
        return record;
    }

    /** A like's, a repost's (a strong ref to {@code subject}) or a follow's record (given an account's DID), written now. */
    public static ObjectNode subject(JsonNode subject) {
        return JsonNodeFactory.instance.objectNode().<ObjectNode>set("subject", ref(subject)).put("createdAt", Instant.now().toString());
    }

    public static ObjectNode follow(String did) {
        return JsonNodeFactory.instance.objectNode().put("subject", did).put("createdAt", Instant.now().toString());
    }

    /** A strong ref (com.atproto.repo.strongRef) to what createRecord wrote. */
    public static ObjectNode ref(JsonNode written) {
        return JsonNodeFactory.instance.objectNode().put("uri", written.path("uri").asText()).put("cid", written.path("cid").asText());
    }

    /** com.atproto.repo.getRecord of the record at {@code uri}: its uri, cid and value. */
    public static JsonNode getRecord(XrpcClient pds, AtUri uri) {
        return pds.query("com.atproto.repo.getRecord", Map.of("repo", uri.authority().value(),
                "collection", uri.collection().orElseThrow().value(), "rkey", uri.recordKey().orElseThrow().value()),
                Optional.empty());
    }

    /** The text each facet covers, cut from the UTF-8 bytes of {@code text} at the facet's byte offsets. */
    public static List<String> covered(String text, JsonNode facets) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        List<String> spans = new ArrayList<>();
        facets.forEach(facet -> spans.add(new String(Arrays.copyOfRange(utf8, facet.path("index").path("byteStart").asInt(),
                facet.path("index").path("byteEnd").asInt()), StandardCharsets.UTF_8)));
        return spans;
    }
}
