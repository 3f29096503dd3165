package dev.plaza.web.api;

import dev.plaza.core.NotFoundException;
import dev.plaza.web.auth.Principal;
import io.javalin.http.Context;

/** Who calls, as the access filter established it, and which of their things a path names. */
final class Caller {

    private Caller() {
    }

    static Principal of(Context ctx) {
        return Principal.of(ctx);
    }

    /** Every query the API makes is scoped to this workspace: a token never sees another's data. */
    static long workspace(Context ctx) {
        return of(ctx).workspaceId();
    }

    /** The {@code {id}} of the path; one that is no number names nothing, so it is not found. */
    static long pathId(Context ctx, String what) {
        String raw = ctx.pathParam("id");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFoundException(what, raw);
        }
    }
}
