package dev.plaza.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.plaza.core.NotFoundException;
import dev.plaza.core.PlazaException;
import dev.plaza.web.auth.AccessFilter;
import dev.plaza.web.auth.Principal;
import dev.plaza.web.pages.ErrorView;
import dev.plaza.web.pages.PageSupport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into one answer, in one place: JSON {@code {"error":{"status","message"}}}
 * under {@code /api/}, a friendly page elsewhere. Unexpected exceptions are logged with a reference
 * and never shown.
 */
final class Errors {

    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
    private static final int[] STATUSES = {400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 500, 503};

    /** The API's error shape: {@code {"error":{"status":404,"message":"person 12 was not found"}}}. */
    record ErrorBody(Error error) {
        record Error(int status, String message) {
        }
    }

    private final PageSupport pages;
    private final AccessFilter access;

    Errors(PageSupport pages, AccessFilter access) {
        this.pages = pages;
        this.access = access;
    }

    void install(RoutesConfig routes) {
        // Javalin answers HttpResponseExceptions itself (as text) unless a handler names that class.
        routes.exception(HttpResponseException.class, (e, ctx) -> handle(e, ctx));
        routes.exception(Exception.class, (e, ctx) -> handle(e, ctx));
        for (int status : STATUSES) {
            routes.error(status, ctx -> {
                if (ctx.resultInputStream() == null) {
                    respond(ctx, status, HttpStatus.forStatus(status).getMessage().toLowerCase());
                }
            });
        }
    }

    void handle(Exception e, Context ctx) {
        switch (e) {
            case EndpointNotFound missing -> respond(ctx, 404, Paths.isApi(ctx)
                    ? "there is no endpoint %s %s".formatted(ctx.method().name(), ctx.path())
                    : "There is no page at %s.".formatted(ctx.path()));
            case MethodNotAllowedResponse notAllowed -> respond(ctx, 405, "%s is not allowed on %s"
                    .formatted(ctx.method().name(), ctx.path()));
            case HttpResponseException http -> respond(ctx, http.getStatus(), http.getMessage());
            case NotFoundException notFound -> respond(ctx, 404, notFound.getMessage());
            case ValidationException invalid -> respond(ctx, 400, describe(invalid.getErrors()));
            case JsonProcessingException json -> respond(ctx, 400, "the request body is not valid JSON for this call: "
                    + json.getOriginalMessage());
            case IllegalArgumentException bad -> respond(ctx, 400, bad.getMessage());
            case PlazaException refused -> respond(ctx, 422, refused.getMessage());
            default -> unexpected(e, ctx);
        }
    }

    void respond(Context ctx, int status, String message) {
        String text = message == null || message.isBlank() ? HttpStatus.forStatus(status).getMessage() : message;
        ctx.status(status);
        if (Paths.usesBearerTokens(ctx)) {
            ctx.json(new ErrorBody(new ErrorBody.Error(status, text)));
        } else {
            identify(ctx);
            ctx.header("Cache-Control", "no-store");
            ctx.html(pages.renderToString("pages/error.jte",
                    new ErrorView(pages.frame(ctx, title(status), ""), status, title(status), text)));
        }
    }

    /** A page no route matched never met the access filter; find who asks so the page shows the menu. */
    private void identify(Context ctx) {
        if (Principal.find(ctx).isEmpty() && AccessFilter.session(ctx).isEmpty()) {
            try {
                access.identify(ctx);
            } catch (RuntimeException e) {
                LOG.debug("could not identify the requester of an error page", e);
            }
        }
    }

    private void unexpected(Exception e, Context ctx) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).contains("exceeds")) {
            respond(ctx, 413, "the upload is larger than this server accepts");
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.atError().setCause(e).addKeyValue("reference", reference).addKeyValue("method", ctx.method().name())
                .addKeyValue("path", ctx.path()).log("request failed");
        try {
            respond(ctx, 500, "something went wrong on the server; it was logged with reference " + reference);
        } catch (RuntimeException pageFailed) {
            ctx.status(500).result("Internal server error (reference " + reference + ")");
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "That request did not make sense";
            case 401 -> "Please log in";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 422 -> "That could not be done";
            case 429 -> "Too many attempts";
            case 503 -> "Unavailable";
            default -> status >= 500 ? "Something went wrong" : "That did not work";
        };
    }

    private static String describe(Map<String, List<ValidationError<Object>>> errors) {
        return errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue().stream().map(ValidationError::getMessage)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
