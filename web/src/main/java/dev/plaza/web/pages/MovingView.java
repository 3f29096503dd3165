package dev.plaza.web.pages;

import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.moving.ExpectedFollowers;
import dev.plaza.core.moving.MoveRecord;
import dev.plaza.core.moving.Moving;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.web.imports.ImportJob;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Settings → Moving: the brand's aliases, moves and expected followers; empty while the workspace has no actor. */
public record MovingView(Frame frame, Optional<Brand> brand, List<ImportJob> jobs) {

    private static final Pattern ACCOUNT_PATH = Pattern.compile("/(?:users/|@)([A-Za-z0-9_.-]+)/?");

    public MovingView {
        jobs = List.copyOf(jobs);
    }

    /** The workspace's actor as the page shows it. */
    public record Brand(String handle, String actorUri, List<String> aliases, Optional<String> movedTo,
            List<MoveRecord> history, List<ExpectedFollowers> expected) {

        public Brand {
            aliases = List.copyOf(aliases);
            history = List.copyOf(history);
            expected = List.copyOf(expected);
        }

        static Brand of(LocalActor actor, Moving moving, ActorUris uris) {
            return new Brand("@" + actor.username() + "@" + uris.host(), uris.actor(actor.username()), actor.alsoKnownAs(),
                    actor.movedTo(), moving.history(actor.id()), moving.expected(actor.id()));
        }

        /** True while some expected followers have not followed yet: the page keeps polling. */
        public boolean waiting() {
            return expected.stream().anyMatch(e -> e.following() < e.expected());
        }
    }

    /** {@code @name@host} for Mastodon-style actor URLs ({@code /users/name}, {@code /@name}); the URL otherwise. */
    public static String handleOf(String actorUri) {
        try {
            URI uri = URI.create(actorUri);
            Matcher path = ACCOUNT_PATH.matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
            return path.matches() && uri.getRawAuthority() != null ? "@" + path.group(1) + "@" + uri.getRawAuthority() : actorUri;
        } catch (IllegalArgumentException e) {
            return actorUri;
        }
    }
}
