package dev.plaza.web.federation;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.actors.ActorImage;
import dev.plaza.core.actors.ImageSlot;
import dev.plaza.core.actors.LocalActors;
import dev.plaza.web.auth.Access;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Actors' avatars and headers, for everyone (other servers fetch them for their users). The
 * stored type, which Plaza read from the bytes, is the only type sent, never sniffed; a URL that
 * names the current version ({@code ?v=}) may be cached for good, any other only briefly.
 */
final class MediaRoutes {

    static final String PATH = "/media/actors/{username}/{slot}";

    private final LocalActors actors;

    MediaRoutes(LocalActors actors) {
        this.actors = actors;
    }

    void addRoutes(RoutesConfig routes) {
        routes.get(PATH, this::image, Access.PUBLIC);
    }

    private void image(Context ctx) {
        String username = ctx.pathParam("username");
        ImageSlot slot = slot(ctx.pathParam("slot"));
        ActorImage image = actors.image(username, slot)
                .orElseThrow(() -> new NotFoundException(slot.label(), "@" + username));
        String etag = "\"" + image.image().digest() + "\"";
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", "default-src 'none'; sandbox");
        ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", image.image().version().equals(ctx.queryParam("v"))
                ? "public, max-age=31536000, immutable" : "public, max-age=300");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(image.image().format().mediaType()).result(image.content());
    }

    private static ImageSlot slot(String key) {
        try {
            return ImageSlot.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("image", key);
        }
    }
}
