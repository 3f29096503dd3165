package dev.plaza.federation.inbox;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.ingest.CommunityRef;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.Note;
import dev.plaza.federation.vocab.NoteType;
import dev.plaza.federation.vocab.Poll;
import dev.plaza.federation.vocab.RemoteHtml;
import dev.plaza.federation.vocab.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A Create's Note, Article or Question as the post, reply or mention Plaza stores, with the people it
 * mentions: the inbox's reading of a post, apart from who may send it. An Article's text starts with
 * its title, a Question's ends with its options.
 *
 * @param author    the post's author as an identity
 * @param mentioned the people its mention tags name, each once
 * @param hashtags  its hashtag tags, without '#'
 */
public record NoteActivity(IncomingActivity activity, SeenIdentity author, List<SeenIdentity> mentioned, List<String> hashtags) {

    private static final int MAX_TEXT = dev.plaza.core.activity.Activity.MAX_TEXT;

    /**
     * The post {@code author} created; {@code published} is the Create's own date, for a Note that gives
     * none, and {@code now} the date of one with neither. {@code isLocal} tells the actors this Plaza serves:
     * a post that mentions one of them is a mention.
     */
    public static NoteActivity of(Note note, Actor author, Optional<Instant> published, Instant now, Predicate<String> isLocal) {
        List<Tag> mentions = note.tags().stream().filter(t -> t.kind() == Tag.Kind.MENTION && t.href().isPresent()).toList();
        List<SeenIdentity> mentioned = mentions.stream().map(t -> Records.mentioned(t.href().get(), t.name())).toList();
        List<IdentityKey> mentionKeys = mentioned.stream().map(SeenIdentity::key).distinct().toList();
        boolean mentionsLocal = mentions.stream().anyMatch(t -> isLocal.test(t.href().get()));
        ActivityKind kind = note.inReplyTo().isPresent() ? ActivityKind.REPLY
                : mentionsLocal ? ActivityKind.MENTION : ActivityKind.POST;
        SeenIdentity identity = Records.identity(author);
        IncomingActivity activity = new IncomingActivity(note.id().orElseThrow(), kind, identity.key(),
                note.published().or(() -> published).orElse(now), text(note), language(note), note.inReplyTo(), Optional.empty(),
                note.url().or(note::id), mentionKeys, Optional.of(Records.community(author)));
        List<String> hashtags = note.tags().stream().filter(t -> t.kind() == Tag.Kind.HASHTAG)
                .map(t -> t.name().startsWith("#") ? t.name().substring(1) : t.name()).toList();
        return new NoteActivity(activity, identity, mentioned, hashtags);
    }

    /** The identity {@code actor} is known by, as the inbox records authors. */
    public static SeenIdentity identityOf(Actor actor) {
        return Records.identity(actor);
    }

    /** The instance {@code actor} lives on, as the inbox records communities. */
    public static CommunityRef instanceOf(Actor actor) {
        return Records.community(actor);
    }

    static String text(Note note) {
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

    static Optional<String> language(Note note) {
        return note.contentMap().keySet().stream().filter(k -> !k.equals("und")).sorted().findFirst();
    }
}
