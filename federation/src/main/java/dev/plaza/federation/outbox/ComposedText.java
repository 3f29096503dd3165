package dev.plaza.federation.outbox;

import dev.plaza.core.publishing.Mention;
import java.util.List;

/** A draft's text as HTML, with the people it mentions and its hashtags, in order of appearance. */
record ComposedText(String html, List<Mention> mentions, List<String> hashtags) {

    ComposedText {
        mentions = List.copyOf(mentions);
        hashtags = List.copyOf(hashtags);
    }
}
