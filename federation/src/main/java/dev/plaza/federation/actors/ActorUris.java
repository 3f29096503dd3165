package dev.plaza.federation.actors;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.actors.ImageSlot;
import dev.plaza.core.actors.ProfileImage;
import java.net.URI;

/**
 * Where Plaza serves its actors, derived from the public base URL: Mastodon's layout
 * ({@code /users/NAME}), which other servers and people recognise.
 */
public record ActorUris(URI base) {

    public ActorUris {
        requireNonNull(base, "base");
        String text = base.toString();
        base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    public static ActorUris of(String publicBaseUrl) {
        return new ActorUris(URI.create(publicBaseUrl));
    }

    /** The host (and port, if any) of {@code acct:} addresses. */
    public String host() {
        return base.getRawAuthority();
    }

    public String actor(String username) {
        return base + "/users/" + username;
    }

    public String inbox(String username) {
        return actor(username) + "/inbox";
    }

    public String outbox(String username) {
        return actor(username) + "/outbox";
    }

    public String followers(String username) {
        return actor(username) + "/followers";
    }

    public String following(String username) {
        return actor(username) + "/following";
    }

    public String featured(String username) {
        return actor(username) + "/collections/featured";
    }

    public String sharedInbox() {
        return base + "/inbox";
    }

    public String rsaKey(String username) {
        return actor(username) + "#main-key";
    }

    public String ed25519Key(String username) {
        return actor(username) + "#ed25519-key";
    }

    /** Where Plaza serves an actor's avatar or header; the version makes each image's URL its own. */
    public String image(String username, ImageSlot slot, ProfileImage image) {
        return base + imagePath(username, slot, image);
    }

    /** {@link #image} without the base, for Plaza's own pages: the browser fetches it from where it got the page. */
    public static String imagePath(String username, ImageSlot slot, ProfileImage image) {
        return "/media/actors/" + username + "/" + slot.key() + "?v=" + image.version();
    }

    public String profilePage(String username) {
        return base + "/@" + username;
    }

    public String acct(String username) {
        return "acct:" + username + "@" + host();
    }
}
