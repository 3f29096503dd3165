package dev.plaza.web.federation;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.actors.ImageSlot;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.actors.ProfileHtml;
import java.util.List;
import java.util.Optional;

/**
 * What a visitor sees of a local actor: no login needed, nothing private; its header and avatar,
 * bio and fields (HTML that Plaza made from plain text: escaped, links made safe), its latest
 * public posts, and where it moved to, if it did.
 */
public record PublicProfile(String displayName, String handle, String summaryHtml, List<Field> fields,
        Optional<String> avatarUrl, Optional<String> headerUrl, String actorUri, Optional<String> movedTo,
        List<PublicPost> posts) {

    /** A profile field: its label as text, its value as safe HTML. */
    public record Field(String name, String valueHtml) {
    }

    public PublicProfile {
        fields = List.copyOf(fields);
        requireNonNull(avatarUrl, "avatarUrl");
        requireNonNull(headerUrl, "headerUrl");
        requireNonNull(movedTo, "movedTo");
        posts = List.copyOf(posts);
    }

    static PublicProfile of(LocalActor actor, ActorUris uris, List<PublicPost> posts) {
        String name = actor.username();
        return new PublicProfile(actor.displayName(), "@" + name + "@" + uris.host(), ProfileHtml.paragraphs(actor.summary()),
                actor.fields().stream().map(f -> new Field(f.name(), ProfileHtml.inline(f.value()))).toList(),
                actor.avatar().map(image -> ActorUris.imagePath(name, ImageSlot.AVATAR, image)),
                actor.header().map(image -> ActorUris.imagePath(name, ImageSlot.HEADER, image)),
                uris.actor(name), actor.movedTo(), posts);
    }
}
