package dev.plaza.web.api;

import dev.plaza.core.actors.ImageSlot;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.ProfileField;
import dev.plaza.core.actors.ProfileImage;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.actors.ProfileHtml;
import java.util.List;

/** An actor's profile: what the team typed, and the HTML other servers are sent. */
record ProfileJson(
        String username,
        String handle,
        String actor,
        String type,
        String displayName,
        String summary,
        String summaryHtml,
        List<Field> fields,
        Image avatar,
        Image header,
        Long teamMemberId,
        String profileUrl) {

    record Field(String name, String value, String valueHtml) {

        static Field of(ProfileField field) {
            return new Field(field.name(), field.value(), ProfileHtml.inline(field.value()));
        }
    }

    record Image(String url, String mediaType) {
    }

    static ProfileJson of(LocalActor actor, ActorUris uris) {
        String name = actor.username();
        return new ProfileJson(name, "@" + name + "@" + uris.host(), uris.actor(name), actor.kind().asType(),
                actor.displayName(), actor.summary(), ProfileHtml.paragraphs(actor.summary()),
                actor.fields().stream().map(Field::of).toList(), image(actor, ImageSlot.AVATAR, uris),
                image(actor, ImageSlot.HEADER, uris), actor.teamMemberId().orElse(null), uris.profilePage(name));
    }

    private static Image image(LocalActor actor, ImageSlot slot, ActorUris uris) {
        return actor.image(slot).map((ProfileImage image) -> new Image(uris.image(actor.username(), slot, image),
                image.format().mediaType())).orElse(null);
    }
}
