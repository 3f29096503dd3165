package dev.plaza.web.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.xrpc.AppPassword;
import dev.plaza.atproto.xrpc.AppPasswordSession;
import dev.plaza.atproto.xrpc.InMemorySessionStore;
import dev.plaza.atproto.xrpc.Secret;
import dev.plaza.atproto.xrpc.SessionOptions;
import dev.plaza.atproto.xrpc.XrpcClient;
import dev.plaza.atproto.xrpc.XrpcException;
import dev.plaza.core.PlazaException;
import dev.plaza.net.GuardedHttpClient;
import java.io.IOException;
import java.net.URI;
import java.util.Base64;

/**
 * Logs in as an account with its own password, for what an app password may not do: signing the
 * identity update that moves the account and deactivating it. The session is held in memory only.
 */
final class AccountPassword {

    static final String WHY = "only the account's own password (the one you log in to Bluesky with) may sign the identity"
            + " update that points the account at the new server and deactivate it on the old one; an app password may not";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AccountPassword() {
    }

    static AppPasswordSession login(GuardedHttpClient http, URI pds, Did did, String handle, String password) {
        if (password.isBlank()) {
            throw new IllegalArgumentException("Give the account's own password: " + WHY + ".");
        }
        InMemorySessionStore store = new InMemorySessionStore();
        AppPasswordSession session;
        try {
            session = AppPasswordSession.login(new XrpcClient(http, pds), new AppPassword(did, Secret.of(password)), store,
                    SessionOptions.DEFAULT);
        } catch (XrpcException e) {
            if (e.status() == 401) {
                throw new PlazaException(("The old server (%s) refused the password of @%s (%s): give the account's own"
                        + " password; %s.").formatted(pds, handle, e.errorMessage().orElse("no reason given"), WHY), e);
            }
            throw BlueskyFailure.explain("Could not log in to @" + handle + "'s server", pds.toString(), e);
        } catch (RuntimeException e) {
            throw BlueskyFailure.explain("Could not log in to @" + handle + "'s server", pds.toString(), e);
        }
        if (isAppPassword(store.load(did).orElseThrow().accessJwt().reveal())) {
            throw new IllegalArgumentException("That is an app password of @%s, not the account's own password: %s."
                    .formatted(handle, WHY));
        }
        return session;
    }

    /** A PDS scopes the sessions of app passwords "com.atproto.appPass…", full ones "com.atproto.access". */
    private static boolean isAppPassword(String accessJwt) {
        String[] parts = accessJwt.split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return claims != null && claims.path("scope").asText("").startsWith("com.atproto.appPass");
        } catch (IllegalArgumentException | IOException notAJwt) {
            return false;
        }
    }
}
