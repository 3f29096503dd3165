package dev.plaza.web.pages;

import dev.plaza.core.Store;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.community.Platform;
import dev.plaza.core.mastodon.MastodonAccount;
import dev.plaza.core.publishing.Visibility;
import dev.plaza.federation.outbox.Draft;
import dev.plaza.federation.outbox.Publisher;
import dev.plaza.web.PublishingActor;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Replies on the fediverse from the account the post being answered speaks to: a connected Mastodon
 * account it mentions (see {@link MastodonReplies}); else, through the publishing path (the reply's
 * {@code inReplyTo} is the target, and the Publisher records it in the thread), the team member's
 * own actor when the target addresses it by name, else the brand's actor.
 */
final class FediverseReplier implements Replier {

    private final Store store;
    private final Publisher publisher;
    private final MastodonReplies mastodon;

    FediverseReplier(Store store, Publisher publisher, MastodonReplies mastodon) {
        this.store = store;
        this.publisher = publisher;
        this.mastodon = mastodon;
    }

    @Override
    public Platform platform() {
        return Platform.FEDIVERSE;
    }

    @Override
    public String send(Reply reply) {
        Optional<MastodonAccount> connected = mastodon.accountFor(reply);
        if (connected.isPresent()) {
            return mastodon.send(reply, connected.get());
        }
        LocalActor actor = ownActorAddressed(reply)
                .orElseGet(() -> PublishingActor.require(store.localActors(), reply.workspaceId()));
        Draft draft = new Draft(reply.text(), Optional.empty(), reply.target().language(), Visibility.PUBLIC,
                Optional.of(reply.target().uri()), Optional.empty());
        publisher.publish(actor, draft);
        return "@" + actor.username();
    }

    private Optional<LocalActor> ownActorAddressed(Reply reply) {
        return reply.memberId().flatMap(member -> store.localActors().list(reply.workspaceId()).stream()
                .filter(a -> a.kind() == ActorKind.PERSON && a.teamMemberId().equals(Optional.of(member)))
                .filter(a -> addresses(reply.target().text(), a.username()))
                .findFirst());
    }

    /** Whether the text mentions {@code @username} (alone or as {@code @username@host}). */
    static boolean addresses(String text, String username) {
        return Pattern.compile("(^|[^\\w@])@" + Pattern.quote(username.toLowerCase(Locale.ROOT)) + "(?![\\w.-]*\\w)(@|\\b|$)")
                .matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
