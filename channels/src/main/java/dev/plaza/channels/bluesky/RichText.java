package dev.plaza.channels.bluesky;

import java.util.List;
import java.util.Optional;

/**
 * A post's text as Plaza keeps it, with the accounts it mentions.
 *
 * @param text     the text, each link shown at full length
 * @param mentions each account mentioned once, with the handle the text shows for it when valid
 */
record RichText(String text, List<Mention> mentions) {

    record Mention(String did, Optional<String> handle) {
    }

    RichText {
        mentions = List.copyOf(mentions);
    }
}
