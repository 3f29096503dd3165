package dev.plaza.atproto.peer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.syntax.AtUri;
import dev.plaza.atproto.xrpc.XrpcClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading back what a test wrote to the peer's PDS: a record, and the text a post's facets cover. */
public final class PeerRecords {

    private PeerRecords() {
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
