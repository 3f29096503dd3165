package dev.plaza.federation.outbox;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.PlazaException;
import dev.plaza.core.Store;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.community.Platform;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.publishing.Author;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.publishing.Mention;
import dev.plaza.core.publishing.PostPoll;
import dev.plaza.core.publishing.Reaction;
import dev.plaza.core.publishing.ReactionType;
import dev.plaza.core.publishing.Visibility;
import dev.plaza.federation.FederationException;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.actors.LocalIdentity;
import dev.plaza.federation.discovery.Handle;
import dev.plaza.federation.discovery.WebFingerClient;
import dev.plaza.federation.inbox.RemoteObjects;
import dev.plaza.federation.vocab.Activity;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.AsObject;
import dev.plaza.federation.vocab.AsWriter;
import dev.plaza.federation.vocab.Note;
import dev.plaza.net.OutboundRequestException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishing as one of Plaza's actors: posts (with mentions, hashtags, links, content warnings,
 * language, visibility, replies into remote threads and polls), their edits and deletions, and
 * likes and boosts of posts anywhere. Each is stored, recorded in the community and queued for
 * delivery in one transaction; the delivery worker signs and sends it. Blocked accounts and servers
 * are left out of every delivery.
 */
public final class Publisher {

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    private final Store store;
    private final ActorUris uris;
    private final RemoteObjects remote;
    private final WebFingerClient webFinger;
    private final PostDocuments documents;
    private final Clock clock;
    private final PostIds ids;
    private final Audience audience;

    public Publisher(Store store, ActorUris uris, RemoteObjects remote, WebFingerClient webFinger, Clock clock) {
        this.store = store;
        this.uris = uris;
        this.remote = remote;
        this.webFinger = webFinger;
        this.documents = new PostDocuments(uris);
        this.clock = clock;
        this.ids = new PostIds(clock);
        this.audience = new Audience(store);
    }

    public LocalPost publish(LocalActor actor, Draft draft) {
        actor.requireNotMoved("publish");
        Instant now = clock.instant();
        Optional<Mention> repliedAuthor = draft.inReplyTo().map(this::authorOf);
        ComposedText text = composer().compose(draft.text());
        List<Mention> mentions = new ArrayList<>(text.mentions());
        repliedAuthor.filter(a -> mentions.stream().noneMatch(m -> m.actorUri().equals(a.actorUri()))).ifPresent(mentions::add);
        Optional<PostPoll> poll = draft.poll().map(p -> new PostPoll(p.options(), p.multiple(), now.plus(p.openFor())));
        long id = ids.next();
        LocalPost post = new LocalPost(id, actor.id(), documents.postUri(actor, id), draft.visibility(), draft.text(),
                text.html(), draft.contentWarning(), draft.language(), draft.inReplyTo(), mentions, text.hashtags(), poll,
                now, Optional.empty(), Optional.empty());
        Activity create = documents.create(actor, documents.note(actor, post, Optional.empty(), now), post);
        LocalPost stored = store.publishing().publish(author(actor), post, delivery(actor, create, inboxes(actor, post)),
                record(actor, post));
        LOG.atInfo().addKeyValue("post", stored.uri()).addKeyValue("visibility", stored.visibility().key()).log("published");
        return stored;
    }

    /**
     * Replaces the text, content warning and language of a post and sends the Update to everyone
     * who received it, and to anyone newly mentioned. A poll keeps its options and votes.
     */
    public LocalPost edit(LocalActor actor, long postId, String text, Optional<String> contentWarning,
            Optional<String> language) {
        actor.requireNotMoved("edit posts");
        LocalPost post = owned(actor, postId);
        if (post.deleted()) {
            throw new PlazaException("post %d was deleted; it cannot be edited".formatted(postId));
        }
        Draft draft = new Draft(text, contentWarning, language, post.visibility(), Optional.empty(), Optional.empty());
        ComposedText composed = composer().compose(draft.text());
        Set<Mention> mentions = new LinkedHashSet<>(composed.mentions());
        post.mentions().stream().filter(old -> mentions.stream().noneMatch(m -> m.actorUri().equals(old.actorUri())))
                .forEach(mentions::add);
        Instant now = clock.instant();
        LocalPost edited = post.edited(draft.text(), composed.html(), draft.contentWarning(), draft.language(),
                List.copyOf(mentions), composed.hashtags(), now);
        Activity update = documents.update(actor, documents.note(actor, edited,
                edited.poll().map(p -> store.publishing().tally(postId)), now), edited);
        return store.publishing().edit(author(actor), edited, delivery(actor, update, inboxes(actor, edited)));
    }

    /** Deletes a post here and asks every server that received it to delete its copy. */
    public LocalPost delete(LocalActor actor, long postId) {
        LocalPost post = owned(actor, postId);
        if (post.deleted()) {
            return post;
        }
        LocalPost deleted = post.markedDeleted(clock.instant());
        Activity delete = documents.delete(actor, deleted);
        return store.publishing().delete(author(actor), postId, deleted.deletedAt().orElseThrow(),
                delivery(actor, delete, inboxes(actor, post)));
    }

    /**
     * Sends a poll's current counts to everyone who received it and to everyone who voted, as an
     * Update of the Question without {@code updated} (Mastodon's way: new results, not an edit).
     */
    public void refreshPoll(long postId) {
        LocalPost post = store.publishing().post(postId).orElseThrow(() -> new NotFoundException("post", postId));
        if (post.deleted() || post.poll().isEmpty()) {
            return;
        }
        LocalActor actor = store.localActors().find(post.actorId()).orElseThrow(() -> new NotFoundException("actor", post.actorId()));
        Instant now = clock.instant();
        Activity update = documents.pollResults(actor, documents.note(actor, post,
                Optional.of(store.publishing().tally(postId)), now), post, now);
        Set<URI> inboxes = new LinkedHashSet<>(inboxes(actor, post));
        store.publishing().voters(postId).forEach(voter -> inboxOf(voter).ifPresent(inboxes::add));
        store.deliveries().enqueue(delivery(actor, update, List.copyOf(inboxes)));
        LOG.atDebug().addKeyValue("post", post.uri()).addKeyValue("inboxes", inboxes.size()).log("poll results sent");
    }

    /** Likes or boosts a post anywhere; liking a post twice is liking it once. */
    public Reaction react(LocalActor actor, ReactionType type, String objectUri) {
        actor.requireNotMoved("like or boost");
        String object = objectUri.strip();
        Mention objectAuthor = authorOf(object);
        long id = ids.next();
        Reaction reaction = new Reaction(id, actor.id(), documents.reactionUri(actor, type, id), type, object,
                objectAuthor.actorUri(), clock.instant(), Optional.empty());
        Activity activity = documents.reaction(actor, reaction);
        IncomingActivity record = new IncomingActivity(reaction.uri(),
                type == ReactionType.LIKE ? ActivityKind.LIKE : ActivityKind.REPOST, self(actor).key(), reaction.at(), "",
                Optional.empty(), Optional.empty(), Optional.of(object), Optional.empty(), List.of(), Optional.empty());
        return store.publishing().react(author(actor), reaction,
                delivery(actor, activity, reactionInboxes(actor, reaction)),
                new IngestBatch(List.of(self(actor)), List.of(record), Optional.empty()));
    }

    /** Takes a like or boost back; undoing twice changes nothing. */
    public Reaction undo(LocalActor actor, long reactionId) {
        Reaction reaction = store.publishing().reaction(reactionId).filter(r -> r.actorId() == actor.id())
                .orElseThrow(() -> new NotFoundException("reaction", reactionId));
        if (!reaction.live()) {
            return reaction;
        }
        Reaction undone = reaction.markedUndone(clock.instant());
        Activity undo = documents.undo(actor, undone);
        return store.publishing().undo(author(actor), reactionId, undone.undoneAt().orElseThrow(),
                delivery(actor, undo, reactionInboxes(actor, reaction)));
    }

    private LocalPost owned(LocalActor actor, long postId) {
        return store.publishing().post(postId).filter(p -> p.actorId() == actor.id())
                .orElseThrow(() -> new NotFoundException("post", postId));
    }

    private Composer composer() {
        return new Composer(uris.host(), uris.base() + "/tags/", this::resolve);
    }

    /** The actor behind {@code @user@host}: one of Plaza's, or found with WebFinger and fetched. */
    private Mention resolve(String handle) {
        String user = handle.substring(1, handle.lastIndexOf('@'));
        String host = handle.substring(handle.lastIndexOf('@') + 1);
        if (host.equalsIgnoreCase(uris.host())) {
            return store.localActors().findByUsername(user).map(a -> new Mention(uris.actor(a.username()), handle))
                    .orElseThrow(() -> new IllegalArgumentException("there is no %s on this server".formatted(handle)));
        }
        try {
            Actor actor = remote.actor(webFinger.resolve(Handle.parse(handle).orElseThrow()).toString());
            return new Mention(actor.id(), "@" + actor.preferredUsername().orElse(user) + "@" + host);
        } catch (FederationException | OutboundRequestException e) {
            // The request was well formed; the other server did not answer as it should (422, not 400).
            throw new FederationException("could not find %s: %s".formatted(handle, e.getMessage()), e);
        }
    }

    /** Who wrote the post at {@code uri}: read from the store for Plaza's own, fetched from its origin otherwise. */
    private Mention authorOf(String uri) {
        if (uri.startsWith(uris.actor(""))) {
            store.publishing().postByUri(uri).filter(p -> !p.deleted())
                    .orElseThrow(() -> new IllegalArgumentException("there is no post %s on this server".formatted(uri)));
            String actorUri = uri.substring(0, uri.indexOf("/statuses/"));
            String username = actorUri.substring(uris.actor("").length());
            return new Mention(actorUri, "@" + username + "@" + uris.host());
        }
        AsObject object;
        try {
            object = remote.fetch(uri);
        } catch (FederationException | OutboundRequestException e) {
            throw new FederationException("could not fetch the post %s: %s".formatted(uri, e.getMessage()), e);
        }
        if (!(object instanceof Note note) || note.attributedTo().isEmpty()) {
            throw new IllegalArgumentException("%s is a %s, not a post with an author".formatted(uri, object.asType()));
        }
        Actor author = remote.actor(note.attributedTo().get());
        String host = URI.create(author.id()).getRawAuthority();
        return new Mention(author.id(), "@" + author.preferredUsername().orElse("unknown") + "@" + host);
    }

    /** Followers (each server's shared inbox once) unless the post is direct, and everyone it mentions. */
    private List<URI> inboxes(LocalActor actor, LocalPost post) {
        Set<URI> inboxes = new LinkedHashSet<>();
        if (post.visibility() != Visibility.DIRECT) {
            inboxes.addAll(audience.followerInboxes(actor));
        }
        post.mentions().stream().filter(m -> audience.reachable(actor, m.actorUri()))
                .forEach(m -> inboxOf(m.actorUri()).ifPresent(inboxes::add));
        return audience.unblocked(actor, inboxes);
    }

    private List<URI> reactionInboxes(LocalActor actor, Reaction reaction) {
        Set<URI> inboxes = new LinkedHashSet<>();
        if (audience.reachable(actor, reaction.objectAuthor())) {
            inboxOf(reaction.objectAuthor()).ifPresent(inboxes::add);
        }
        if (reaction.type() == ReactionType.ANNOUNCE) {
            inboxes.addAll(audience.followerInboxes(actor));
        }
        return audience.unblocked(actor, inboxes);
    }

    /** A remote actor's shared inbox (or its own); none for Plaza's own actors, which need no delivery. */
    private Optional<URI> inboxOf(String actorUri) {
        if (actorUri.startsWith(uris.actor(""))) {
            return Optional.empty();
        }
        try {
            Actor actor = remote.actor(actorUri);
            return actor.deliveryInbox().map(URI::create);
        } catch (FederationException | OutboundRequestException e) {
            LOG.atWarn().addKeyValue("actor", actorUri).log("no inbox to deliver to: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private IngestBatch record(LocalActor actor, LocalPost post) {
        List<SeenIdentity> identities = new ArrayList<>();
        identities.add(self(actor));
        post.mentions().stream().filter(m -> !m.actorUri().equals(uris.actor(actor.username())))
                .map(m -> SeenIdentity.of(Platform.FEDIVERSE, m.actorUri(), m.handle(), m.handle(), Optional.empty()))
                .forEach(identities::add);
        List<IdentityKey> mentioned = identities.stream().skip(1).map(SeenIdentity::key).toList();
        IncomingActivity activity = new IncomingActivity(post.uri(), post.inReplyTo().isPresent() ? ActivityKind.REPLY
                : ActivityKind.POST, self(actor).key(), post.published(), post.source(), post.language(), post.inReplyTo(),
                Optional.empty(), Optional.of(post.uri()), mentioned, Optional.empty());
        return new IngestBatch(identities, List.of(activity), Optional.empty());
    }

    private SeenIdentity self(LocalActor actor) {
        return LocalIdentity.of(uris, actor);
    }

    private Author author(LocalActor actor) {
        return new Author(actor.workspaceId(), actor.id(), uris.actor(actor.username()));
    }

    private static Delivery delivery(LocalActor actor, Activity activity, List<URI> inboxes) {
        return new Delivery(actor.id(), activity.id(), AsWriter.bytes(activity), inboxes);
    }
}
