package dev.plaza.federation.vocab;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A post: Note, Article or Question. {@code content}, {@code contentMap} values and
 * {@code summary} (the content warning) are sanitized HTML. {@code name} is the title of an
 * Article, or the chosen option when the Note is a poll vote.
 */
public record Note(
        Optional<String> id,
        NoteType type,
        Optional<String> attributedTo,
        Optional<String> name,
        Optional<String> content,
        Map<String, String> contentMap,
        Optional<String> summary,
        boolean sensitive,
        Optional<String> inReplyTo,
        Optional<Instant> published,
        Optional<Instant> updated,
        Optional<String> url,
        List<String> to,
        List<String> cc,
        List<Tag> tags,
        List<Attachment> attachments,
        Optional<Poll> poll) implements AsObject {

    public Note {
        requireNonNull(id, "id");
        requireNonNull(type, "type");
        requireNonNull(attributedTo, "attributedTo");
        requireNonNull(name, "name");
        requireNonNull(content, "content");
        contentMap = Map.copyOf(contentMap);
        requireNonNull(summary, "summary");
        requireNonNull(inReplyTo, "inReplyTo");
        requireNonNull(published, "published");
        requireNonNull(updated, "updated");
        requireNonNull(url, "url");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        tags = List.copyOf(tags);
        attachments = List.copyOf(attachments);
        requireNonNull(poll, "poll");
    }

    @Override
    public Optional<String> iri() {
        return id;
    }

    @Override
    public String asType() {
        return type.asName();
    }
}
