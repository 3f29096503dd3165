package dev.plaza.atproto.xrpc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.syntax.Did;
import java.util.Map;

/**
 * XRPC calls made as one account, on its PDS, with whatever credentials the session holds and renews
 * by itself. Errors are {@link XrpcException}s once the session has done what it can about its tokens.
 */
public interface XrpcSession {

    /** The account the calls are made as. */
    Did did();

    JsonNode query(String nsid, Map<String, ?> params);

    JsonNode procedure(String nsid, JsonNode input);

    JsonNode procedure(String nsid, byte[] input, String contentType);

    /** A procedure that takes no input. */
    JsonNode procedure(String nsid);
}
