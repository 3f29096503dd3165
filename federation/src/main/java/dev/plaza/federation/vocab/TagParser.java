package dev.plaza.federation.vocab;

import java.util.List;
import java.util.Optional;

/** Mentions, hashtags and custom emoji; tags of other types or without a name are skipped. */
final class TagParser {

    private TagParser() {
    }

    static List<Tag> tags(Node object) {
        return object.field("tag").elements(object.limits().maxTags()).stream()
                .filter(tag -> tag.json().isObject())
                .flatMap(tag -> read(tag).stream())
                .toList();
    }

    private static Optional<Tag> read(Node tag) {
        List<String> types = tag.field("type").types();
        if (types.contains("Mention")) {
            Optional<String> href = tag.iri("href");
            return tag.text("name").or(() -> href).map(name -> new Tag(Tag.Kind.MENTION, name, href, Optional.empty()));
        }
        if (types.contains("Hashtag")) {
            return tag.text("name").map(name -> new Tag(Tag.Kind.HASHTAG, name, tag.iri("href"), Optional.empty()));
        }
        if (types.contains("Emoji")) {
            Optional<String> icon = Urls.image(tag.field("icon"));
            return tag.text("name").filter(name -> icon.isPresent())
                    .map(name -> new Tag(Tag.Kind.EMOJI, name, Optional.empty(), icon));
        }
        return Optional.empty();
    }
}
