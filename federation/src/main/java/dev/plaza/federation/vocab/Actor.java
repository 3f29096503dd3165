package dev.plaza.federation.vocab;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * An account on another server. {@code summary} and field values are already sanitized HTML.
 * {@code inbox} is optional here because some fetched documents lack one; delivery refuses them.
 */
public record Actor(
        String id,
        ActorType type,
        Optional<String> preferredUsername,
        Optional<String> name,
        Optional<String> summary,
        Optional<String> url,
        Optional<String> inbox,
        Optional<String> outbox,
        Optional<String> followers,
        Optional<String> following,
        Optional<String> featured,
        Optional<String> sharedInbox,
        List<PublicKey> publicKeys,
        List<Multikey> assertionMethods,
        Optional<String> icon,
        Optional<String> image,
        List<PropertyValue> fields,
        List<String> alsoKnownAs,
        Optional<String> movedTo,
        boolean manuallyApprovesFollowers,
        boolean discoverable) implements AsObject {

    public Actor {
        requireNonNull(id, "id");
        requireNonNull(type, "type");
        requireNonNull(preferredUsername, "preferredUsername");
        requireNonNull(name, "name");
        requireNonNull(summary, "summary");
        requireNonNull(url, "url");
        requireNonNull(inbox, "inbox");
        requireNonNull(outbox, "outbox");
        requireNonNull(followers, "followers");
        requireNonNull(following, "following");
        requireNonNull(featured, "featured");
        requireNonNull(sharedInbox, "sharedInbox");
        publicKeys = List.copyOf(publicKeys);
        assertionMethods = List.copyOf(assertionMethods);
        requireNonNull(icon, "icon");
        requireNonNull(image, "image");
        fields = List.copyOf(fields);
        alsoKnownAs = List.copyOf(alsoKnownAs);
        requireNonNull(movedTo, "movedTo");
    }

    @Override
    public Optional<String> iri() {
        return Optional.of(id);
    }

    @Override
    public String asType() {
        return type.asName();
    }

    /** Where to deliver: the shared inbox when the server has one, else the actor's own. */
    public Optional<String> deliveryInbox() {
        return sharedInbox.or(() -> inbox);
    }

    /**
     * The account's address as Mastodon shows it, {@code name@host} (lower case), from its
     * preferredUsername and the authority of its id; empty without a preferredUsername.
     */
    public Optional<String> acct() {
        String authority = java.net.URI.create(id).getRawAuthority();
        return preferredUsername.filter(name -> authority != null)
                .map(name -> (name + "@" + authority).toLowerCase(java.util.Locale.ROOT));
    }
}
