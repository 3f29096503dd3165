package dev.plaza.federation.inbox;

import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.publishing.PollVote;
import dev.plaza.core.publishing.Publishing;
import dev.plaza.federation.vocab.Activity;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.AsObject;
import dev.plaza.federation.vocab.Note;
import dev.plaza.federation.vocab.RemoteHtml;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts: Create of a Note, Article or Question becomes a post, reply or mention in the store
 * ({@link NoteActivity}), in the conversation of what it replies to; the author's Update replaces its
 * text (a newer version only), and the author's Delete empties it, leaving it in its thread.
 */
final class Posts {

    private static final Logger LOG = LoggerFactory.getLogger(Posts.class);

    private final Records records;
    private final Recipients recipients;
    private final RemoteObjects remote;
    private final Publishing publishing;
    private final VotesCounted votesCounted;
    private final Clock clock;

    Posts(Records records, Recipients recipients, RemoteObjects remote, Publishing publishing, VotesCounted votesCounted,
            Clock clock) {
        this.records = records;
        this.recipients = recipients;
        this.remote = remote;
        this.publishing = publishing;
        this.votesCounted = votesCounted;
        this.clock = clock;
    }

    void create(Arrival arrival) {
        Note note = authoredNote(arrival);
        Optional<LocalPost> poll = note.inReplyTo().filter(recipients::isLocal).flatMap(publishing::postByUri)
                .filter(p -> p.poll().isPresent());
        if (poll.isPresent() && note.name().isPresent() && note.content().map(RemoteHtml::textOfSanitized).orElse("").isBlank()) {
            vote(arrival, poll.get(), note.name().get());
            return;
        }
        NoteActivity post = NoteActivity.of(note, arrival.actor(), arrival.activity().published(), clock.instant(),
                href -> recipients.local(href).isPresent());
        records.record(arrival, post.activity(), post.mentioned());
    }

    /** Mastodon's vote: a Note with the option as its name, answering the Question, without content. */
    private void vote(Arrival arrival, LocalPost poll, String choice) {
        Instant at = clock.instant();
        if (publishing.vote(new PollVote(poll.id(), arrival.actor().id(), choice, arrival.activity().id(), at))) {
            records.vote(arrival, poll.uri(), choice);
            votesCounted.changed(poll);
        } else {
            LOG.atInfo().addKeyValue("poll", poll.uri()).addKeyValue("voter", arrival.actor().id())
                    .log("a vote was not counted: a second vote, an unknown option, or a closed poll");
        }
    }

    void update(Arrival arrival) {
        AsObject object = arrival.object().orElseThrow(() -> Refused.badRequest("an Update needs an object"));
        if (object instanceof Actor actor) {
            if (!actor.id().equals(arrival.actor().id())) {
                throw Refused.forbidden("%s updates another actor, %s".formatted(arrival.actor().id(), actor.id()));
            }
            remote.forget(actor.id());
            return;
        }
        Note note = authoredNote(arrival);
        Instant editedAt = note.updated().or(() -> arrival.activity().published()).orElse(clock.instant());
        if (!records.edit(arrival, note.id().orElseThrow(), NoteActivity.text(note), NoteActivity.language(note), editedAt)) {
            LOG.atDebug().addKeyValue("object", note.id().get())
                    .log("Update of a post Plaza does not hold, or an older version: nothing to change");
        }
    }

    void delete(Arrival arrival) {
        String target = arrival.activity().objectIri().orElseThrow(() -> Refused.badRequest("a Delete needs an object"));
        if (!Origins.same(target, arrival.actor().id())) {
            throw Refused.forbidden("%s deletes %s, which lives on another origin".formatted(arrival.actor().id(), target));
        }
        if (target.equals(arrival.actor().id())) {
            remote.forget(target);
            return;
        }
        if (!records.delete(arrival, target)) {
            LOG.atDebug().addKeyValue("object", target).log("Delete of a post Plaza does not hold: nothing to remove");
        }
    }

    /** The Note of a Create or Update, which must be the actor's own and live on the actor's origin. */
    private static Note authoredNote(Arrival arrival) {
        Activity activity = arrival.activity();
        if (!(arrival.object().orElse(null) instanceof Note note)) {
            throw Refused.badRequest("%s of %s: only Note, Article and Question are handled".formatted(activity.type(),
                    arrival.object().map(AsObject::asType).orElse("nothing")));
        }
        String actor = arrival.actor().id();
        if (!note.attributedTo().map(actor::equals).orElse(false)) {
            throw Refused.forbidden("%s is attributed to %s, not to %s who sent it".formatted(note.id().orElseThrow(),
                    note.attributedTo().orElse("nobody"), actor));
        }
        if (!Origins.same(note.id().orElseThrow(), actor)) {
            throw Refused.forbidden("%s does not live on the origin of its author %s".formatted(note.id().get(), actor));
        }
        return note;
    }
}
