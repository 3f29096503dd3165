package dev.plaza.web.pages;

import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.ImageSlot;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.ProfileEdit;
import dev.plaza.core.actors.ProfileField;
import dev.plaza.federation.actors.ActorUris;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Settings → Profile: the workspace's actors to choose from, and the chosen one's profile as the
 * form shows it; empty while the workspace has no actor.
 */
public record ProfileView(Frame frame, List<Choice> actors, Optional<Editing> actor) {

    public ProfileView {
        actors = List.copyOf(actors);
    }

    /** One actor in the chooser. */
    public record Choice(String username, String label, boolean current) {
    }

    /** One row of the fields table; both parts empty for a row still to fill in. */
    public record Row(int number, String name, String value) {
    }

    /** The actor being edited; {@code rows} always has {@value ProfileEdit#MAX_FIELDS} rows. */
    public record Editing(String username, String handle, String kind, String displayName, String summary,
            List<Row> rows, Optional<String> avatarUrl, Optional<String> headerUrl, String profileUrl) {

        public Editing {
            rows = List.copyOf(rows);
        }

        static Editing of(LocalActor actor, ActorUris uris) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < ProfileEdit.MAX_FIELDS; i++) {
                Optional<ProfileField> field = i < actor.fields().size() ? Optional.of(actor.fields().get(i)) : Optional.empty();
                rows.add(new Row(i + 1, field.map(ProfileField::name).orElse(""), field.map(ProfileField::value).orElse("")));
            }
            String name = actor.username();
            return new Editing(name, "@" + name + "@" + uris.host(), kindOf(actor), actor.displayName(), actor.summary(),
                    rows, actor.avatar().map(image -> ActorUris.imagePath(name, ImageSlot.AVATAR, image)),
                    actor.header().map(image -> ActorUris.imagePath(name, ImageSlot.HEADER, image)), "/@" + name);
        }
    }

    static Choice choice(LocalActor actor, String current) {
        return new Choice(actor.username(), "%s (@%s, %s)".formatted(actor.displayName(), actor.username(), kindOf(actor)),
                actor.username().equalsIgnoreCase(current));
    }

    public boolean readOnly() {
        return !frame.canManage();
    }

    public String maxAvatar() {
        return mebibytes(ImageSlot.AVATAR);
    }

    public String maxHeader() {
        return mebibytes(ImageSlot.HEADER);
    }

    public int maxDisplayName() {
        return ProfileEdit.MAX_DISPLAY_NAME;
    }

    public int maxSummary() {
        return ProfileEdit.MAX_SUMMARY;
    }

    public int maxFieldName() {
        return ProfileField.MAX_NAME;
    }

    public int maxFieldValue() {
        return ProfileField.MAX_VALUE;
    }

    private static String mebibytes(ImageSlot slot) {
        return slot.maxBytes() / (1024 * 1024) + " MiB";
    }

    private static String kindOf(LocalActor actor) {
        return actor.kind() == ActorKind.PERSON ? "team member" : "brand";
    }
}
