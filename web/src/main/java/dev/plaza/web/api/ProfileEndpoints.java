package dev.plaza.web.api;

import dev.plaza.core.Store;
import dev.plaza.core.actors.ActorImage;
import dev.plaza.core.actors.ImageSlot;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.ProfileEdit;
import dev.plaza.core.actors.ProfileField;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.actors.Profiles;
import dev.plaza.web.ProfileActors;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The profiles of the workspace's actors (the brand and the team members' own accounts): read by
 * everyone, edited by managers and owners. Images are sent as the request body itself; what they
 * are is judged by their content.
 */
final class ProfileEndpoints {

    static final List<String> EDIT = List.of("display_name", "summary", "fields");
    static final List<String> FIELD = List.of("name", "value");

    private final Store store;
    private final Profiles profiles;
    private final ActorUris uris;

    ProfileEndpoints(Store store, Profiles profiles, ActorUris uris) {
        this.store = store;
        this.profiles = profiles;
        this.uris = uris;
    }

    void list(Context ctx) {
        Query.of(ctx, Set.of());
        Json.send(ctx, ListJson.complete(ProfileActors.of(store.localActors(), Caller.workspace(ctx)),
                actor -> ProfileJson.of(actor, uris)));
    }

    void get(Context ctx) {
        Query.of(ctx, Set.of());
        send(ctx, actor(ctx));
    }

    void edit(Context ctx) {
        Query.of(ctx, Set.of());
        LocalActor actor = actor(ctx);
        Body body = Body.of(ctx, EDIT);
        if (body.isEmpty()) {
            throw new IllegalArgumentException("the request body changes nothing; give 'display_name', 'summary', 'fields'"
                    + " or several");
        }
        List<ProfileField> fields = body.has("fields")
                ? body.objects("fields", FIELD).stream().map(ProfileEndpoints::field).toList() : actor.fields();
        send(ctx, profiles.edit(actor, new ProfileEdit(body.string("display_name").orElse(actor.displayName()),
                body.has("summary") ? body.nullableString("summary").orElse("") : actor.summary(), fields)));
    }

    void putImage(Context ctx, ImageSlot slot) {
        Query.of(ctx, Set.of());
        LocalActor actor = actor(ctx);
        send(ctx, profiles.setImage(actor, slot, read(ctx, slot)));
    }

    void deleteImage(Context ctx, ImageSlot slot) {
        Query.of(ctx, Set.of());
        send(ctx, profiles.removeImage(actor(ctx), slot));
    }

    private static ProfileField field(Body field) {
        return new ProfileField(field.requiredString("name"), field.requiredString("value"));
    }

    /** The body, read no further than the slot's limit allows: a larger one is refused, not stored. */
    private static byte[] read(Context ctx, ImageSlot slot) {
        long declared = ctx.contentLength();
        if (declared > 0) {
            ActorImage.requireFits(slot, declared);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] content = in.readNBytes(slot.maxBytes() + 1);
            ActorImage.requireFits(slot, content.length);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body: " + e.getMessage(), e);
        }
    }

    private LocalActor actor(Context ctx) {
        return ProfileActors.require(store.localActors(), Caller.workspace(ctx), ctx.pathParam("username"));
    }

    private void send(Context ctx, LocalActor actor) {
        Json.send(ctx, ProfileJson.of(actor, uris));
    }
}
