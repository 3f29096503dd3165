package dev.plaza.core.actors;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.PlazaException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An actor that Plaza itself serves ({@code acct:username@host}): the brand, a team member, the
 * instance actor. Public keys are SPKI DER; private keys (PKCS#8) stay in
 * the store, sealed, and come out only through {@link LocalActors#privateKeys}. Its profile is the
 * display name, the summary (bio), the fields and the avatar and header images; a team member's
 * own account names the member.
 */
public record LocalActor(
        long id,
        long workspaceId,
        String username,
        ActorKind kind,
        String displayName,
        String summary,
        byte[] rsaPublicKey,
        byte[] ed25519PublicKey,
        List<String> alsoKnownAs,
        Optional<String> movedTo,
        Instant createdAt,
        List<ProfileField> fields,
        Optional<ProfileImage> avatar,
        Optional<ProfileImage> header,
        Optional<Long> teamMemberId) {

    public LocalActor {
        requireNonNull(username, "username");
        requireNonNull(kind, "kind");
        requireNonNull(displayName, "displayName");
        requireNonNull(summary, "summary");
        requireNonNull(rsaPublicKey, "rsaPublicKey");
        requireNonNull(ed25519PublicKey, "ed25519PublicKey");
        alsoKnownAs = List.copyOf(alsoKnownAs);
        requireNonNull(movedTo, "movedTo");
        requireNonNull(createdAt, "createdAt");
        fields = List.copyOf(fields);
        requireNonNull(avatar, "avatar");
        requireNonNull(header, "header");
        requireNonNull(teamMemberId, "teamMemberId");
        if (!username.matches(USERNAME)) {
            throw new IllegalArgumentException(
                    "'%s' is not a username: use 1-30 letters, digits or '_'".formatted(username));
        }
    }

    /** The same actor with other aliases. */
    public LocalActor withAlsoKnownAs(List<String> aliases) {
        return new LocalActor(id, workspaceId, username, kind, displayName, summary, rsaPublicKey, ed25519PublicKey,
                aliases, movedTo, createdAt, fields, avatar, header, teamMemberId);
    }

    /** The same actor, moved to {@code target} or (empty) back from a move. */
    public LocalActor withMovedTo(Optional<String> target) {
        return new LocalActor(id, workspaceId, username, kind, displayName, summary, rsaPublicKey, ed25519PublicKey,
                alsoKnownAs, target, createdAt, fields, avatar, header, teamMemberId);
    }

    /** The same actor with another display name, bio and fields. */
    public LocalActor withProfile(ProfileEdit profile) {
        return new LocalActor(id, workspaceId, username, kind, profile.displayName(), profile.summary(), rsaPublicKey,
                ed25519PublicKey, alsoKnownAs, movedTo, createdAt, profile.fields(), avatar, header, teamMemberId);
    }

    /** The same actor with another image (or, empty, none) in {@code slot}. */
    public LocalActor withImage(ImageSlot slot, Optional<ProfileImage> image) {
        return new LocalActor(id, workspaceId, username, kind, displayName, summary, rsaPublicKey, ed25519PublicKey,
                alsoKnownAs, movedTo, createdAt, fields, slot == ImageSlot.AVATAR ? image : avatar,
                slot == ImageSlot.HEADER ? image : header, teamMemberId);
    }

    public Optional<ProfileImage> image(ImageSlot slot) {
        return slot == ImageSlot.AVATAR ? avatar : header;
    }

    /** The profile as the team edits it. */
    public ProfileEdit profile() {
        return new ProfileEdit(displayName, summary, fields);
    }

    /** Refuses what a moved account no longer does, as Mastodon does, and says how to take the move back. */
    public void requireNotMoved(String action) {
        movedTo.ifPresent(target -> {
            throw new PlazaException(("@%s has moved to %s, so it cannot %s any more. To %s as @%s again, undo the move"
                    + " under Settings → Moving.").formatted(username, target, action, action, username));
        });
    }

    /** Mastodon's rule for local usernames, so every fediverse server accepts Plaza's. */
    public static final String USERNAME = "[A-Za-z0-9_]{1,30}";
}
