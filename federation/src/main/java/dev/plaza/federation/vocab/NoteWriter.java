package dev.plaza.federation.vocab;

import static dev.plaza.federation.vocab.ObjectWriter.fields;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Notes, Articles and Questions with their tags, media and poll options. */
final class NoteWriter {

    private NoteWriter() {
    }

    static ObjectNode write(Note note) {
        ObjectWriter.Fields fields = fields()
                .text("attributedTo", note.attributedTo())
                .text("name", note.name())
                .text("summary", note.summary())
                .text("content", note.content())
                .flag("sensitive", note.sensitive())
                .text("inReplyTo", note.inReplyTo())
                .time("published", note.published())
                .time("updated", note.updated())
                .text("url", note.url())
                .list("to", note.to())
                .list("cc", note.cc())
                .objects("tag", note.tags().stream().map(NoteWriter::tag).toList())
                .objects("attachment", note.attachments().stream().map(NoteWriter::attachment).toList());
        if (!note.contentMap().isEmpty()) {
            ObjectNode map = fields.node().putObject("contentMap");
            note.contentMap().forEach(map::put);
        }
        note.poll().ifPresent(poll -> poll(poll, fields));
        return ObjectWriter.typed(note.id(), note.type().asName()).setAll(fields.node());
    }

    private static ObjectNode tag(Tag tag) {
        String type = switch (tag.kind()) {
            case MENTION -> "Mention";
            case HASHTAG -> "Hashtag";
            case EMOJI -> "Emoji";
        };
        ObjectNode node = ObjectWriter.typed(Optional.empty(), type)
                .setAll(fields().text("name", Optional.of(tag.name())).text("href", tag.href()).node());
        tag.icon().ifPresent(url -> node.set("icon", ActorWriter.image(url)));
        return node;
    }

    private static ObjectNode attachment(Attachment media) {
        return ObjectWriter.typed(Optional.empty(), media.type()).setAll(fields()
                .text("url", Optional.of(media.url())).text("mediaType", media.mediaType()).text("name", media.name()).node());
    }

    private static void poll(Poll poll, ObjectWriter.Fields fields) {
        fields.objects(poll.multiple() ? "anyOf" : "oneOf", poll.options().stream().map(option -> {
            ObjectNode node = ObjectWriter.typed(Optional.empty(), "Note").put("name", option.name());
            option.votes().ifPresent(votes -> node.putObject("replies").put("type", "Collection").put("totalItems", votes));
            return node;
        }).toList());
        fields.time("endTime", poll.endTime()).time("closed", poll.closed()).number("votersCount", poll.votersCount());
    }
}
