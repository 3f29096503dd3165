package dev.plaza.web.api;

import dev.plaza.core.activity.ConversationNote;
import java.time.Instant;

/** A team note on a conversation. */
record NoteJson(long id, long conversationId, long authorId, String authorName, String text, Instant at) {

    /** Every note of a conversation, oldest first. */
    record Items(java.util.List<NoteJson> items) {
    }

    static NoteJson of(ConversationNote note) {
        return new NoteJson(note.id(), note.conversationId(), note.authorId(), note.authorName(), note.text(), note.at());
    }
}
