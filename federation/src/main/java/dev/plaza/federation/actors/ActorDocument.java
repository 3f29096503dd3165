package dev.plaza.federation.actors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.core.actors.ImageSlot;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.federation.signatures.ActorKeys;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A local actor as ActivityStreams JSON, in the shape Mastodon publishes (so every server reads
 * it): RSA {@code publicKey} for draft-cavage signatures, an Ed25519 Multikey in
 * {@code assertionMethod} (FEP-521a), the shared inbox, the move-related {@code alsoKnownAs}
 * and {@code movedTo}, and the profile: bio and fields as HTML ({@code PropertyValue}s in
 * {@code attachment}), the avatar as {@code icon} and the header as {@code image}.
 */
public final class ActorDocument {

    public static final String CONTENT_TYPE = "application/activity+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ActorUris uris;

    public ActorDocument(ActorUris uris) {
        this.uris = uris;
    }

    public ObjectNode render(LocalActor actor) {
        String name = actor.username();
        String id = uris.actor(name);
        ObjectNode doc = JSON.createObjectNode();
        doc.set("@context", context());
        doc.put("id", id)
                .put("type", actor.kind().asType())
                .put("preferredUsername", name)
                .put("name", actor.displayName())
                .put("summary", ProfileHtml.paragraphs(actor.summary()))
                .put("url", uris.profilePage(name))
                .put("inbox", uris.inbox(name))
                .put("outbox", uris.outbox(name))
                .put("followers", uris.followers(name))
                .put("following", uris.following(name))
                .put("featured", uris.featured(name))
                .put("manuallyApprovesFollowers", false)
                .put("discoverable", true)
                .put("published", DateTimeFormatter.ISO_INSTANT.format(actor.createdAt().truncatedTo(ChronoUnit.SECONDS)));
        doc.putObject("endpoints").put("sharedInbox", uris.sharedInbox());
        doc.putObject("publicKey")
                .put("id", uris.rsaKey(name))
                .put("owner", id)
                .put("publicKeyPem", ActorKeys.toPem(publicKey("RSA", actor.rsaPublicKey())));
        doc.putArray("assertionMethod").addObject()
                .put("id", uris.ed25519Key(name))
                .put("type", "Multikey")
                .put("controller", id)
                .put("publicKeyMultibase", ActorKeys.toMultibase(publicKey("Ed25519", actor.ed25519PublicKey())));
        ArrayNode fields = doc.putArray("attachment");
        actor.fields().forEach(field -> fields.addObject().put("type", "PropertyValue").put("name", field.name())
                .put("value", ProfileHtml.inline(field.value())));
        for (ImageSlot slot : ImageSlot.values()) {
            actor.image(slot).ifPresent(image -> doc.putObject(slot == ImageSlot.AVATAR ? "icon" : "image")
                    .put("type", "Image").put("mediaType", image.format().mediaType())
                    .put("url", uris.image(name, slot, image)));
        }
        ArrayNode aliases = doc.putArray("alsoKnownAs");
        actor.alsoKnownAs().forEach(aliases::add);
        actor.movedTo().ifPresent(target -> doc.put("movedTo", target));
        return doc;
    }

    /** The contexts Fedify publishes actors with: {@code assertionMethod} is a DID term (did/v1). */
    private static ArrayNode context() {
        ArrayNode context = JSON.createArrayNode()
                .add("https://www.w3.org/ns/activitystreams")
                .add("https://w3id.org/security/v1")
                .add("https://w3id.org/security/data-integrity/v1")
                .add("https://www.w3.org/ns/did/v1")
                .add("https://w3id.org/security/multikey/v1");
        ObjectNode terms = context.addObject();
        terms.put("manuallyApprovesFollowers", "as:manuallyApprovesFollowers")
                .put("toot", "http://joinmastodon.org/ns#")
                .put("discoverable", "toot:discoverable")
                .put("schema", "http://schema.org#")
                .put("PropertyValue", "schema:PropertyValue")
                .put("value", "schema:value");
        terms.putObject("featured").put("@id", "toot:featured").put("@type", "@id");
        terms.putObject("alsoKnownAs").put("@id", "as:alsoKnownAs").put("@type", "@id");
        terms.putObject("movedTo").put("@id", "as:movedTo").put("@type", "@id");
        return context;
    }

    private static PublicKey publicKey(String algorithm, byte[] spki) {
        try {
            return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored %s public key does not decode".formatted(algorithm), e);
        }
    }
}
