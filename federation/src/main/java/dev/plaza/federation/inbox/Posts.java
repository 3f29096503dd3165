package dev.plaza.federation.inbox;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.publishing.PollVote;
import dev.plaza.core.publishing.Publishing;
import dev.plaza.federation.vocab.Activity;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.AsObject;
import dev.plaza.federation.vocab.Note;
import dev.plaza.federation.vocab.NoteType;
import dev.plaza.federation.vocab.Poll;
import dev.plaza.federation.vocab.RemoteHtml;
import dev.plaza.federation.vocab.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts: Create of a Note, Article or Question becomes a post, reply or mention in the store, in the
 * conversation of what it replies to; the author's Update replaces its text (a newer version only),
 * and the author's Delete empties it, leaving it in its thread. An Article's text starts with its
 * title, a Question's ends with its options.
 */
final class Posts {

    private static final Logger LOG = LoggerFactory.getLogger(Posts.class);
    private static final int MAX_TEXT = dev.plaza.core.activity.Activity.MAX_TEXT;

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
        List<Tag> mentions = note.tags().stream().filter(t -> t.kind() == Tag.Kind.MENTION && t.href().isPresent()).toList();
        List<SeenIdentity> mentioned = mentions.stream().map(t -> Records.mentioned(t.href().get(), t.name())).toList();
        List<IdentityKey> mentionKeys = mentioned.stream().map(SeenIdentity::key).distinct().toList();
        boolean mentionsLocal = mentions.stream().anyMatch(t -> recipients.local(t.href().get()).isPresent());
        ActivityKind kind = note.inReplyTo().isPresent() ? ActivityKind.REPLY
                : mentionsLocal ? ActivityKind.MENTION : ActivityKind.POST;
        Actor author = arrival.actor();
        records.record(arrival, new IncomingActivity(note.id().orElseThrow(), kind, Records.identity(author).key(),
                note.published().or(() -> arrival.activity().published()).orElse(clock.instant()), text(note),
                language(note), note.inReplyTo(), Optional.empty(), note.url().or(note::id), mentionKeys,
                Optional.of(Records.community(author))), mentioned);
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
        if (!records.edit(arrival, note.id().orElseThrow(), text(note), language(note), editedAt)) {
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

    private static String text(Note note) {
        String text = fullText(note);
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    private static String fullText(Note note) {
        String body = note.content().or(() -> note.contentMap().values().stream().findFirst())
                .map(RemoteHtml::textOfSanitized).orElse("");
        if (note.type() == NoteType.ARTICLE && note.name().isPresent()) {
            return note.name().get() + "\n\n" + body;
        }
        if (note.type() == NoteType.QUESTION && note.poll().filter(p -> !p.options().isEmpty()).isPresent()) {
            return withOptions(body.isEmpty() ? note.name().orElse("") : body, note.poll().get());
        }
        if (body.isEmpty() && note.name().isPresent()) {
            return note.name().get(); // a poll vote names its choice
        }
        return body;
    }

    /** A poll's text is its question, then one line per option: ○ for a single choice, ☐ for several. */
    private static String withOptions(String question, Poll poll) {
        String mark = poll.multiple() ? "☐ " : "○ ";
        String options = poll.options().stream().map(o -> mark + o.name()).collect(Collectors.joining("\n"));
        return question.isEmpty() ? options : question + "\n\n" + options;
    }

    private static Optional<String> language(Note note) {
        return note.contentMap().keySet().stream().filter(k -> !k.equals("und")).sorted().findFirst();
    }
}
