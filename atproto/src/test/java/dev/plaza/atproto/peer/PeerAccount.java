package dev.plaza.atproto.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.xrpc.Jwt;
import dev.plaza.atproto.xrpc.XrpcClient;
import java.util.Optional;

/**
 * An account made on the peer's PDS for a test, with an app password made the way a brand makes one
 * in the Bluesky app (com.atproto.server.createAppPassword).
 *
 * @param session the account's own (full-access) session, for what only the account itself may do
 */
public record PeerAccount(Did did, String handle, String appPassword, Jwt session) {

    public static final String PASSWORD = "correct horse battery staple";

    public static PeerAccount create(XrpcClient pds, String handle) {
        JsonNode created = pds.procedure("com.atproto.server.createAccount", JsonNodeFactory.instance.objectNode()
                .put("handle", handle).put("email", handle.replace('.', '-') + "@example.com").put("password", PASSWORD),
                Optional.empty());
        Jwt session = Jwt.of(created.path("accessJwt").asText());
        JsonNode appPassword = pds.procedure("com.atproto.server.createAppPassword",
                JsonNodeFactory.instance.objectNode().put("name", "Plaza"), Optional.of(session));
        return new PeerAccount(Did.parse(created.path("did").asText()), handle, appPassword.path("password").asText(), session);
    }
}
