package dev.plaza.web.pages;

import dev.plaza.core.actors.ActorImage;
import dev.plaza.core.actors.ImageSlot;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.ProfileEdit;
import dev.plaza.core.actors.ProfileField;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.actors.Profiles;
import dev.plaza.web.ProfileActors;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Settings → Profile: the display name, bio, fields, avatar and header of the brand and of the team
 * members' own accounts. Everyone on the team reads it; managers and owners change it, and each
 * change is sent to the actor's followers' servers as an {@code Update}.
 */
final class ProfileSettings {

    static final String BACK = "/settings/profile";

    private final PageSupport pages;
    private final Profiles profiles;
    private final ActorUris uris;

    ProfileSettings(PageSupport pages, Profiles profiles, ActorUris uris) {
        this.pages = pages;
        this.profiles = profiles;
        this.uris = uris;
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        List<LocalActor> actors = ProfileActors.of(pages.store().localActors(), workspace);
        Optional<LocalActor> chosen = PageSupport.param(ctx, "actor")
                .map(name -> ProfileActors.require(pages.store().localActors(), workspace, name))
                .or(() -> actors.stream().findFirst());
        String current = chosen.map(LocalActor::username).orElse("");
        pages.render(ctx, "settings/profile.jte", new ProfileView(pages.frame(ctx, "Settings · Profile", "settings"),
                actors.stream().map(a -> ProfileView.choice(a, current)).toList(),
                chosen.map(a -> ProfileView.Editing.of(a, uris))));
    }

    void save(Context ctx) {
        LocalActor actor = actor(ctx);
        PageSupport.attempt(ctx, back(actor), () -> {
            profiles.edit(actor, new ProfileEdit(PageSupport.form(ctx, "display_name"), summary(ctx), fields(ctx)));
            return "Saved the profile of @%s; followers' servers are being told.".formatted(actor.username());
        });
    }

    void upload(Context ctx) {
        LocalActor actor = actor(ctx);
        ImageSlot slot = slot(ctx);
        PageSupport.attempt(ctx, back(actor), () -> {
            profiles.setImage(actor, slot, read(ctx, slot));
            return "Changed the %s of @%s; followers' servers are being told.".formatted(slot.label(), actor.username());
        });
    }

    void removeImage(Context ctx) {
        LocalActor actor = actor(ctx);
        ImageSlot slot = slot(ctx);
        PageSupport.attempt(ctx, back(actor), () -> {
            profiles.removeImage(actor, slot);
            return "Removed the %s of @%s.".formatted(slot.label(), actor.username());
        });
    }

    private LocalActor actor(Context ctx) {
        return ProfileActors.require(pages.store().localActors(), PageSupport.workspaceId(ctx), ctx.pathParam("username"));
    }

    private static ImageSlot slot(Context ctx) {
        return ImageSlot.fromKey(ctx.pathParam("slot"));
    }

    static String back(LocalActor actor) {
        return BACK + "?actor=" + URLEncoder.encode(actor.username(), StandardCharsets.UTF_8);
    }

    /** The bio as typed: only surrounding blank space goes, line breaks stay. */
    private static String summary(Context ctx) {
        String value = ctx.formParam("summary");
        return value == null ? "" : value;
    }

    /** The rows of the fields table that were filled in, in order. */
    private static List<ProfileField> fields(Context ctx) {
        List<ProfileField> fields = new ArrayList<>();
        for (int i = 1; i <= ProfileEdit.MAX_FIELDS; i++) {
            String name = PageSupport.form(ctx, "field_name_" + i);
            String value = PageSupport.form(ctx, "field_value_" + i);
            if (!name.isEmpty() || !value.isEmpty()) {
                fields.add(new ProfileField(name, value));
            }
        }
        return fields;
    }

    /** The uploaded image's bytes; a file over the slot's limit is refused before it is read. */
    private static byte[] read(Context ctx, ImageSlot slot) {
        UploadedFile upload = ctx.isMultipartFormData() ? ctx.uploadedFile("image") : null;
        if (upload == null || upload.size() == 0) {
            throw new IllegalArgumentException("choose an image file (PNG, JPEG, GIF or WebP) for the " + slot.label());
        }
        ActorImage.requireFits(slot, upload.size());
        try (InputStream in = upload.content()) {
            return in.readNBytes(slot.maxBytes() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the upload: " + e.getMessage(), e);
        }
    }
}
