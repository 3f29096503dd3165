package dev.plaza.web.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.atproto.xrpc.XrpcClient;
import dev.plaza.net.GuardedHttpClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the new server says of itself (com.atproto.server.describeServer) that the move's form needs
 * before anything is done: the handle domains it serves, and whether it wants an invite code.
 */
final class NewHandle {

    private NewHandle() {
    }

    /** The handle given, or the current one when the new server serves its domain; refuses otherwise, saying why. */
    static Handle choose(GuardedHttpClient http, URI newPds, String currentHandle, MoveRequest request) {
        JsonNode server;
        try {
            server = new XrpcClient(http, newPds).query("com.atproto.server.describeServer", Map.of(), Optional.empty());
        } catch (RuntimeException e) {
            throw BlueskyFailure.explain("Could not ask the new server about itself", newPds.toString(), e);
        }
        if (server.path("inviteCodeRequired").asBoolean(false) && request.inviteCode().isEmpty()) {
            throw new IllegalArgumentException("%s wants an invite code to create the account; give one.".formatted(newPds));
        }
        List<String> domains = new ArrayList<>();
        server.path("availableUserDomains").forEach(domain -> domains.add(domain.asText()));
        String chosen = request.newHandle().orElseGet(() -> {
            if (domains.stream().noneMatch(currentHandle::endsWith)) {
                throw new IllegalArgumentException(("%s gives handles under %s, and @%s is under none of them: give a new"
                        + " handle there (such as %s), or keep @%s when it is the brand's own domain and says so in its"
                        + " DNS (_atproto TXT record) or at /.well-known/atproto-did.").formatted(newPds,
                        domains.isEmpty() ? "no domain" : String.join(", ", domains), currentHandle,
                        currentHandle.split("\\.")[0] + (domains.isEmpty() ? ".example" : domains.getFirst()), currentHandle));
            }
            return currentHandle;
        });
        if (!Handle.isValid(chosen)) {
            throw new IllegalArgumentException("'%s' is not a handle (such as brand.bsky.social).".formatted(chosen));
        }
        return Handle.parse(chosen);
    }
}
