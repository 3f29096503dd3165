package dev.plaza.federation.vocab;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Reads Note, Article and Question documents. */
final class NoteParser {

    private static final Set<String> MEDIA = Set.of("Document", "Image", "Video", "Audio");

    private NoteParser() {
    }

    static Note read(Node note, NoteType type) {
        // Mastodon sends the same HTML as content and in contentMap: sanitize each distinct text once.
        Map<String, String> sanitized = new HashMap<>();
        UnaryOperator<String> sanitizer = html -> sanitized.computeIfAbsent(html, RemoteHtml::sanitize);
        Map<String, String> contentMap = note.htmlMap("contentMap", sanitizer);
        // Servers that only send contentMap still have content; the first language is the original.
        Optional<String> content = note.html("content", sanitizer).or(() -> contentMap.values().stream().findFirst());
        return new Note(
                note.id(),
                type,
                note.iri("attributedTo"),
                note.text("name"),
                content,
                contentMap,
                note.html("summary"),
                note.bool("sensitive"),
                note.iri("inReplyTo"),
                note.instant("published"),
                note.instant("updated"),
                Urls.page(note.field("url")),
                note.audience("to"),
                note.audience("cc"),
                TagParser.tags(note),
                attachments(note),
                type == NoteType.QUESTION ? Optional.of(PollParser.read(note)) : Optional.empty());
    }

    private static List<Attachment> attachments(Node note) {
        return note.field("attachment").elements(note.limits().maxAttachments()).stream()
                .filter(media -> media.json().isObject())
                .flatMap(media -> media.field("type").types().stream().filter(MEDIA::contains).findFirst()
                        .flatMap(mediaType -> Urls.page(media.field("url"))
                                .map(url -> new Attachment(mediaType, url, media.text("mediaType"), media.text("name"))))
                        .stream())
                .toList();
    }
}
