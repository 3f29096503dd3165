package dev.plaza.federation.outbox;

import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.publishing.Mention;
import dev.plaza.core.publishing.PollTally;
import dev.plaza.core.publishing.Reaction;
import dev.plaza.core.publishing.ReactionType;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.vocab.Activity;
import dev.plaza.federation.vocab.Note;
import dev.plaza.federation.vocab.NoteType;
import dev.plaza.federation.vocab.Poll;
import dev.plaza.federation.vocab.Ref;
import dev.plaza.federation.vocab.Tag;
import dev.plaza.federation.vocab.Tombstone;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plaza's posts and reactions as ActivityStreams: a post is a Note (a Question when it has a poll,
 * with the votes counted so far), carried by Create, Update and Delete; a like or boost is a Like or
 * Announce, taken back by an Undo.
 */
public final class PostDocuments {

    private final ActorUris uris;

    public PostDocuments(ActorUris uris) {
        this.uris = uris;
    }

    /** The URI of a new post of {@code actor}: Mastodon's layout, {@code /users/NAME/statuses/ID}. */
    public String postUri(LocalActor actor, long id) {
        return uris.actor(actor.username()) + "/statuses/" + id;
    }

    /** A like or boost's id: a fragment of the actor, as Mastodon's are, since it is not served on its own. */
    public String reactionUri(LocalActor actor, ReactionType type, long id) {
        return uris.actor(actor.username()) + "#" + type.key() + "s/" + id;
    }

    public static String createId(LocalPost post) {
        return post.uri() + "/activity";
    }

    /** The post as a Note or Question; whom it answers is among its mentions, so it is addressed too. */
    public Note note(LocalActor actor, LocalPost post, Optional<PollTally> tally, Instant now) {
        Addressing addressing = addressing(actor, post);
        List<Tag> tags = new ArrayList<>();
        post.mentions().forEach(m -> tags.add(new Tag(Tag.Kind.MENTION, m.handle(), Optional.of(m.actorUri()), Optional.empty())));
        post.hashtags().forEach(h -> tags.add(new Tag(Tag.Kind.HASHTAG, "#" + h,
                Optional.of(uris.base() + "/tags/" + h.toLowerCase(java.util.Locale.ROOT)), Optional.empty())));
        Optional<Poll> poll = post.poll().map(p -> new Poll(p.multiple(),
                p.options().stream().map(o -> new Poll.Option(o, Optional.of(tally.map(t -> t.votesFor(o)).orElse(0L)))).toList(),
                Optional.of(p.closesAt()), p.closedAt(now) ? Optional.of(p.closesAt()) : Optional.empty(),
                Optional.of(tally.map(PollTally::voters).orElse(0L))));
        return new Note(Optional.of(post.uri()), poll.isPresent() ? NoteType.QUESTION : NoteType.NOTE,
                Optional.of(uris.actor(actor.username())), Optional.empty(), Optional.of(post.content()),
                post.language().map(l -> Map.of(l, post.content())).orElse(Map.of()),
                post.contentWarning().map(Composer::escape), post.contentWarning().isPresent(), post.inReplyTo(),
                Optional.of(seconds(post.published())), post.updated().map(PostDocuments::seconds), Optional.of(post.uri()),
                addressing.to(), addressing.cc(), tags, List.of(), poll);
    }

    public Activity create(LocalActor actor, Note note, LocalPost post) {
        return new Activity(createId(post), "Create", Optional.of(uris.actor(actor.username())),
                Optional.of(new Ref.Embedded(note)), Optional.empty(), note.to(), note.cc(), List.of(),
                Optional.of(seconds(post.published())));
    }

    public Activity update(LocalActor actor, Note note, LocalPost post) {
        Instant at = post.updated().orElseThrow();
        return new Activity(post.uri() + "#updates/" + at.toEpochMilli(), "Update", Optional.of(uris.actor(actor.username())),
                Optional.of(new Ref.Embedded(note)), Optional.empty(), note.to(), note.cc(), List.of(),
                Optional.of(seconds(at)));
    }

    /** New poll counts: an Update whose Question has no {@code updated}, so it is not shown as an edit. */
    public Activity pollResults(LocalActor actor, Note question, LocalPost post, Instant at) {
        return new Activity(post.uri() + "#results/" + at.toEpochMilli(), "Update", Optional.of(uris.actor(actor.username())),
                Optional.of(new Ref.Embedded(question)), Optional.empty(), question.to(), question.cc(), List.of(),
                Optional.of(seconds(at)));
    }

    /** Sent to the same audience the post had, so every server that holds a copy removes it. */
    public Activity delete(LocalActor actor, LocalPost post) {
        Addressing addressing = addressing(actor, post);
        Instant at = post.deletedAt().orElseThrow();
        return new Activity(post.uri() + "#delete", "Delete", Optional.of(uris.actor(actor.username())),
                Optional.of(new Ref.Embedded(tombstone(post))), Optional.empty(), addressing.to(), addressing.cc(),
                List.of(), Optional.of(seconds(at)));
    }

    public Tombstone tombstone(LocalPost post) {
        return new Tombstone(post.uri(), Optional.of(post.poll().isPresent() ? "Question" : "Note"),
                post.deletedAt().map(PostDocuments::seconds));
    }

    /** A like goes to the post's author; a boost is public, to the author and the booster's followers. */
    public Activity reaction(LocalActor actor, Reaction reaction) {
        String actorUri = uris.actor(actor.username());
        boolean boost = reaction.type() == ReactionType.ANNOUNCE;
        List<String> to = boost ? List.of(Addressing.PUBLIC) : List.of(reaction.objectAuthor());
        List<String> cc = boost ? List.of(reaction.objectAuthor(), uris.followers(actor.username())) : List.of();
        return new Activity(reaction.uri(), reaction.type().asType(), Optional.of(actorUri),
                Optional.of(new Ref.Iri(reaction.objectUri())), Optional.empty(), to, cc, List.of(),
                Optional.of(seconds(reaction.at())));
    }

    public Activity undo(LocalActor actor, Reaction reaction) {
        Activity original = reaction(actor, reaction);
        return new Activity(reaction.uri() + "/undo", "Undo", original.actor(), Optional.of(new Ref.Embedded(original)),
                Optional.empty(), original.to(), original.cc(), List.of(), reaction.undoneAt().map(PostDocuments::seconds));
    }

    Addressing addressing(LocalActor actor, LocalPost post) {
        return Addressing.of(post.visibility(), uris.followers(actor.username()),
                post.mentions().stream().map(Mention::actorUri).toList());
    }

    private static Instant seconds(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS);
    }
}
