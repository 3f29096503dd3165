package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What Plaza reads of an account: its mentions (notifications of type mention), its home timeline, or a
 * hashtag's timeline; each with the REST path it is paged through and the streaming path that tells of it
 * live (Mastodon docs, "Streaming API": user, user:notification, hashtag).
 */
public sealed interface Timeline {

    /** Short, stable, for stream names: {@code mentions}, {@code home}, {@code tag:plaza}. */
    String name();

    String restPath();

    String streamPath();

    record Mentions() implements Timeline {
        public String name() {
            return "mentions";
        }

        public String restPath() {
            return "/api/v1/notifications";
        }

        public String streamPath() {
            return "/api/v1/streaming/user/notification";
        }
    }

    record Home() implements Timeline {
        public String name() {
            return "home";
        }

        public String restPath() {
            return "/api/v1/timelines/home";
        }

        public String streamPath() {
            return "/api/v1/streaming/user";
        }
    }

    /** A hashtag, without '#'; letters, digits and underscores as Mastodon's hashtags are. */
    record Tag(String hashtag) implements Timeline {

        private static final Pattern HASHTAG = Pattern.compile("[\\p{L}\\p{N}_\\p{M}]{1,100}");

        public Tag {
            requireNonNull(hashtag, "hashtag");
            hashtag = hashtag.startsWith("#") ? hashtag.substring(1) : hashtag;
            if (!HASHTAG.matcher(hashtag).matches()) {
                throw new IllegalArgumentException("\"%s\" is not a hashtag (letters, digits and _ only)"
                        .formatted(MastodonIds.abbreviated(hashtag)));
            }
        }

        public String name() {
            return "tag:" + hashtag.toLowerCase(java.util.Locale.ROOT);
        }

        public String restPath() {
            return "/api/v1/timelines/tag/" + encoded();
        }

        public String streamPath() {
            return "/api/v1/streaming/hashtag?tag=" + encoded();
        }

        private String encoded() {
            return URLEncoder.encode(hashtag, StandardCharsets.UTF_8);
        }
    }

    static Timeline mentions() {
        return new Mentions();
    }

    static Timeline home() {
        return new Home();
    }

    static Timeline tag(String hashtag) {
        return new Tag(hashtag);
    }
}
