package dev.plaza.federation.vocab;

import static dev.plaza.federation.vocab.ObjectWriter.fields;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Actors and their keys, shaped as Mastodon reads them. */
final class ActorWriter {

    private ActorWriter() {
    }

    static ObjectNode write(Actor actor) {
        ObjectWriter.Fields fields = fields()
                .text("preferredUsername", actor.preferredUsername())
                .text("name", actor.name())
                .text("summary", actor.summary())
                .text("url", actor.url())
                .text("inbox", actor.inbox())
                .text("outbox", actor.outbox())
                .text("followers", actor.followers())
                .text("following", actor.following())
                .text("featured", actor.featured())
                .flag("manuallyApprovesFollowers", actor.manuallyApprovesFollowers())
                .flag("discoverable", actor.discoverable())
                .list("alsoKnownAs", actor.alsoKnownAs())
                .text("movedTo", actor.movedTo())
                .objects("assertionMethod", actor.assertionMethods().stream().map(ActorWriter::multikey).toList())
                .objects("attachment", actor.fields().stream().map(field -> ObjectWriter.typed(Optional.empty(), "PropertyValue")
                        .put("name", field.name()).put("value", field.value())).toList());
        actor.sharedInbox().ifPresent(inbox -> fields.node().putObject("endpoints").put("sharedInbox", inbox));
        actor.icon().ifPresent(url -> fields.node().set("icon", image(url)));
        actor.image().ifPresent(url -> fields.node().set("image", image(url)));
        // Mastodon reads publicKey as one object; an array only when there really are several.
        if (actor.publicKeys().size() == 1) {
            fields.node().set("publicKey", publicKey(actor.publicKeys().getFirst()));
        } else {
            fields.objects("publicKey", actor.publicKeys().stream().map(ActorWriter::publicKey).toList());
        }
        return ObjectWriter.typed(Optional.of(actor.id()), actor.type().asName()).setAll(fields.node());
    }

    static ObjectNode publicKey(PublicKey key) {
        return fields().text("id", Optional.of(key.id())).text("owner", key.owner())
                .text("publicKeyPem", Optional.of(key.publicKeyPem())).node();
    }

    static ObjectNode multikey(Multikey key) {
        return ObjectWriter.typed(Optional.of(key.id()), "Multikey")
                .put("controller", key.controller()).put("publicKeyMultibase", key.publicKeyMultibase());
    }

    static ObjectNode image(String url) {
        return ObjectWriter.typed(Optional.empty(), "Image").put("url", url);
    }
}
