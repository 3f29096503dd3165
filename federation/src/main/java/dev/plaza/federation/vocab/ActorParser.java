package dev.plaza.federation.vocab;

import java.util.List;
import java.util.Optional;

/** Reads Person, Service, Organization, Group and Application documents. */
final class ActorParser {

    private ActorParser() {
    }

    static Actor read(Node actor, ActorType type) {
        Node endpoints = actor.field("endpoints");
        Optional<String> sharedInbox = endpoints.json().isObject() ? endpoints.iri("sharedInbox") : Optional.empty();
        return new Actor(
                actor.requiredId(),
                type,
                actor.text("preferredUsername"),
                actor.text("name"),
                actor.html("summary"),
                Urls.page(actor.field("url")),
                actor.iri("inbox"),
                actor.iri("outbox"),
                actor.iri("followers"),
                actor.iri("following"),
                actor.iri("featured"),
                sharedInbox,
                KeyParser.publicKeys(actor),
                KeyParser.assertionMethods(actor),
                Urls.image(actor.field("icon")),
                Urls.image(actor.field("image")),
                fields(actor),
                actor.iris("alsoKnownAs"),
                actor.iri("movedTo"),
                actor.bool("manuallyApprovesFollowers"),
                actor.bool("discoverable"));
    }

    // Profile metadata; other attachment types (identity proofs, links) are not shown.
    private static List<PropertyValue> fields(Node actor) {
        return actor.field("attachment").elements(actor.limits().maxAttachments()).stream()
                .filter(field -> field.json().isObject() && field.field("type").types().contains("PropertyValue"))
                .flatMap(field -> field.text("name")
                        .map(name -> new PropertyValue(name, field.html("value").orElse(""))).stream())
                .toList();
    }
}
