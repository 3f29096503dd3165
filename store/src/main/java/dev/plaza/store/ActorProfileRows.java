package dev.plaza.store;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.actors.ActorImage;
import dev.plaza.core.actors.ImageFormat;
import dev.plaza.core.actors.ImageSlot;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.ProfileEdit;
import dev.plaza.core.actors.ProfileField;
import dev.plaza.core.actors.ProfileImage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The profile columns of {@code local_actor} and the image bytes of {@code actor_image}: read into
 * a {@link LocalActor}, written within the caller's transaction.
 */
final class ActorProfileRows {

    private ActorProfileRows() {
    }

    static List<ProfileField> fields(ResultSet rs) throws SQLException {
        List<String> names = Rows.strings(rs.getArray("field_names"));
        List<String> values = Rows.strings(rs.getArray("field_values"));
        List<ProfileField> fields = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            fields.add(new ProfileField(names.get(i), values.get(i)));
        }
        return fields;
    }

    static Optional<ProfileImage> image(ResultSet rs, ImageSlot slot) throws SQLException {
        String type = rs.getString(slot.key() + "_type");
        return type == null ? Optional.empty()
                : Optional.of(new ProfileImage(ImageFormat.ofMediaType(type), rs.getString(slot.key() + "_digest")));
    }

    static LocalActor saveProfile(Handle h, long workspaceId, long actorId, ProfileEdit profile) {
        return h.createQuery("""
                        UPDATE local_actor SET display_name = :name, summary = :summary, field_names = :names,
                            field_values = :values
                        WHERE workspace_id = :w AND id = :id RETURNING *""")
                .bind("name", profile.displayName()).bind("summary", profile.summary())
                .bind("names", profile.fields().stream().map(ProfileField::name).toArray(String[]::new))
                .bind("values", profile.fields().stream().map(ProfileField::value).toArray(String[]::new))
                .bind("w", workspaceId).bind("id", actorId)
                .map(PgLocalActors.ACTOR).findOne()
                .orElseThrow(() -> new NotFoundException("actor", actorId));
    }

    static LocalActor saveImage(Handle h, long workspaceId, long actorId, ImageSlot slot, Optional<ActorImage> image) {
        // The column names come from the enum, never from input.
        LocalActor updated = h.createQuery("UPDATE local_actor SET %1$s_type = :type, %1$s_digest = :digest"
                        .formatted(slot.key()) + " WHERE workspace_id = :w AND id = :id RETURNING *")
                .bind("type", image.map(i -> i.image().format().mediaType()).orElse(null))
                .bind("digest", image.map(i -> i.image().digest()).orElse(null))
                .bind("w", workspaceId).bind("id", actorId)
                .map(PgLocalActors.ACTOR).findOne()
                .orElseThrow(() -> new NotFoundException("actor", actorId));
        if (image.isPresent()) {
            h.createUpdate("""
                            INSERT INTO actor_image (local_actor_id, slot, content) VALUES (:id, :slot, :content)
                            ON CONFLICT (local_actor_id, slot) DO UPDATE SET content = excluded.content""")
                    .bind("id", actorId).bind("slot", slot.key()).bind("content", image.get().content()).execute();
        } else {
            h.createUpdate("DELETE FROM actor_image WHERE local_actor_id = :id AND slot = :slot")
                    .bind("id", actorId).bind("slot", slot.key()).execute();
        }
        return updated;
    }

    static Optional<ActorImage> image(Handle h, String username, ImageSlot slot) {
        return h.createQuery("""
                        SELECT a.%1$s_type AS type, a.%1$s_digest AS digest, i.content
                        FROM local_actor a JOIN actor_image i ON i.local_actor_id = a.id AND i.slot = :slot
                        WHERE lower(a.username) = lower(:username) AND a.%1$s_type IS NOT NULL""".formatted(slot.key()))
                .bind("slot", slot.key()).bind("username", username)
                .map((rs, ctx) -> new ActorImage(slot, new ProfileImage(ImageFormat.ofMediaType(rs.getString("type")),
                        rs.getString("digest")), rs.getBytes("content")))
                .findOne();
    }
}
