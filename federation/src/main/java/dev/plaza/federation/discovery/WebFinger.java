package dev.plaza.federation.discovery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.core.actors.ImageSlot;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.LocalActors;
import dev.plaza.federation.actors.ActorDocument;
import dev.plaza.federation.actors.ActorUris;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WebFinger (RFC 7033) for local actors: {@code acct:name@host} and the actor's own URL both find
 * it, and the answer's subject round-trips to {@code preferredUsername} (Mastodon checks that).
 */
public final class WebFinger {

    public static final String CONTENT_TYPE = "application/jrd+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ACCT = Pattern.compile("(?:acct:)?@?([^@/\\s]+)@([^@/\\s]+)");

    private final LocalActors actors;
    private final ActorUris uris;

    public WebFinger(LocalActors actors, ActorUris uris) {
        this.actors = actors;
        this.uris = uris;
    }

    /** The JRD for {@code resource}, or empty when it names nobody on this server. */
    public Optional<ObjectNode> lookup(String resource) {
        return username(resource.strip()).flatMap(actors::findByUsername).map(this::jrd);
    }

    private Optional<String> username(String resource) {
        String actorPrefix = uris.actor("");
        if (resource.startsWith(actorPrefix)) {
            return Optional.of(resource.substring(actorPrefix.length())).filter(name -> !name.contains("/"));
        }
        Matcher acct = ACCT.matcher(resource);
        if (acct.matches() && acct.group(2).toLowerCase(Locale.ROOT).equals(uris.host().toLowerCase(Locale.ROOT))) {
            return Optional.of(acct.group(1));
        }
        return Optional.empty();
    }

    private ObjectNode jrd(LocalActor actor) {
        String name = actor.username();
        ObjectNode jrd = JSON.createObjectNode().put("subject", uris.acct(name));
        jrd.putArray("aliases").add(uris.actor(name)).add(uris.profilePage(name));
        var links = jrd.putArray("links");
        links.addObject().put("rel", "self").put("type", ActorDocument.CONTENT_TYPE).put("href", uris.actor(name));
        links.addObject().put("rel", "http://webfinger.net/rel/profile-page").put("type", "text/html")
                .put("href", uris.profilePage(name));
        actor.avatar().ifPresent(avatar -> links.addObject().put("rel", "http://webfinger.net/rel/avatar")
                .put("type", avatar.format().mediaType()).put("href", uris.image(name, ImageSlot.AVATAR, avatar)));
        return jrd;
    }

    /** The host-meta XRD (RFC 6415) that points old clients at WebFinger. */
    public String hostMeta() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0">
                  <Link rel="lrdd" template="%s/.well-known/webfinger?resource={uri}"/>
                </XRD>
                """.formatted(uris.base());
    }
}
