package dev.plaza.web.federation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.federation.inbox.Inbox;
import dev.plaza.federation.inbox.InboxDelivery;
import dev.plaza.federation.inbox.InboxResponse;
import dev.plaza.net.SignableRequest;
import dev.plaza.web.auth.Access;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;

/**
 * {@code POST /users/{username}/inbox} and the shared {@code POST /inbox}. Public routes: the sender
 * authenticates with its HTTP signature, which the inbox verifies before anything else.
 */
final class InboxRoutes {

    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Inbox inbox;
    private final String scheme;
    private final SenderRateLimiter limiter;

    InboxRoutes(Inbox inbox, URI publicBase, SenderRateLimiter limiter) {
        this.inbox = inbox;
        this.scheme = publicBase.getScheme();
        this.limiter = limiter;
    }

    void addRoutes(RoutesConfig routes) {
        routes.post("/users/{username}/inbox", ctx -> receive(ctx, Optional.of(ctx.pathParam("username"))), Access.PUBLIC);
        routes.post("/inbox", ctx -> receive(ctx, Optional.empty()), Access.PUBLIC);
    }

    private void receive(Context ctx, Optional<String> username) {
        Optional<Long> wait = limiter.take(Optional.ofNullable(ctx.header("Signature")),
                Optional.ofNullable(ctx.header("Signature-Input")), ctx.ip());
        if (wait.isPresent()) {
            ctx.header("Retry-After", Long.toString(Math.max(1, wait.get())));
            answer(ctx, new InboxResponse(429, "this server is sending faster than Plaza takes activities; retry later"));
            return;
        }
        String type = Optional.ofNullable(ctx.header("Content-Type")).orElse("");
        if (!Inbox.acceptsContentType(type)) {
            answer(ctx, new InboxResponse(415, "an inbox takes application/activity+json or application/ld+json; "
                    + "profile=\"https://www.w3.org/ns/activitystreams\", not \"%s\"".formatted(type)));
            return;
        }
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
            answer(ctx, new InboxResponse(413, "an activity may be at most %d bytes".formatted(MAX_BODY_BYTES)));
            return;
        }
        byte[] body = body(ctx.req());
        if (body.length > MAX_BODY_BYTES) {
            answer(ctx, new InboxResponse(413, "an activity may be at most %d bytes".formatted(MAX_BODY_BYTES)));
            return;
        }
        SignableRequest request;
        try {
            request = new SignableRequest("POST", SignedRequests.target(ctx.req(), scheme), SignedRequests.headers(ctx.req()), body);
        } catch (IllegalArgumentException e) {
            answer(ctx, new InboxResponse(400, "the request is malformed: " + e.getMessage()));
            return;
        }
        answer(ctx, inbox.receive(new InboxDelivery(request, username)));
    }

    private static byte[] body(HttpServletRequest req) {
        try {
            return req.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the activity", e);
        }
    }

    private static void answer(Context ctx, InboxResponse response) {
        String key = response.status() < 400 ? "message" : "error";
        ctx.status(response.status()).contentType("application/json")
                .result(JSON.createObjectNode().put(key, response.message()).toString());
    }
}
