package dev.plaza.atproto.moving;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.xrpc.XrpcSession;
import java.util.Map;

/** An account whose calls are never made: any call fails the test. */
final class NoSession implements XrpcSession {

    private final Did did;

    NoSession(Did did) {
        this.did = did;
    }

    @Override
    public Did did() {
        return did;
    }

    @Override
    public JsonNode query(String nsid, Map<String, ?> params) {
        throw new AssertionError("called " + nsid);
    }

    @Override
    public JsonNode procedure(String nsid, JsonNode input) {
        throw new AssertionError("called " + nsid);
    }

    @Override
    public JsonNode procedure(String nsid, byte[] input, String contentType) {
        throw new AssertionError("called " + nsid);
    }

    @Override
    public JsonNode procedure(String nsid) {
        throw new AssertionError("called " + nsid);
    }
}
