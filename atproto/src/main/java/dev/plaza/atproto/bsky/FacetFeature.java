package dev.plaza.atproto.bsky;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.syntax.Did;

/** What a facet's span is: a mention of an account, a link, or a hashtag (app.bsky.richtext.facet features). */
public sealed interface FacetFeature {

    /** The lexicon's $type of the feature. */
    String type();

    /** "@handle" in the text, pointing at the account's DID. */
    record Mention(Did did) implements FacetFeature {
        public Mention {
            requireNonNull(did, "did");
        }

        @Override
        public String type() {
            return "app.bsky.richtext.facet#mention";
        }
    }

    /** A URL in the text. */
    record Link(String uri) implements FacetFeature {
        public Link {
            requireNonNull(uri, "uri");
        }

        @Override
        public String type() {
            return "app.bsky.richtext.facet#link";
        }
    }

    /** "#tag" in the text; the tag is kept without its '#'. */
    record Tag(String tag) implements FacetFeature {
        public Tag {
            requireNonNull(tag, "tag");
        }

        @Override
        public String type() {
            return "app.bsky.richtext.facet#tag";
        }
    }
}
