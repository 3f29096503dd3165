package dev.plaza.core.measures;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.community.Platform;

/**
 * What a dashboard measures: the whole community, one platform, one community (an instance, a feed,
 * a group) or one channel. Its {@link #key()} names it in URLs and in the store.
 */
public sealed interface Scope {

    Scope ALL = new All();

    String key();

    record All() implements Scope {
        @Override
        public String key() {
            return "all";
        }
    }

    record OfPlatform(Platform platform) implements Scope {
        public OfPlatform {
            requireNonNull(platform, "platform");
        }

        @Override
        public String key() {
            return "platform:" + platform.key();
        }
    }

    record OfCommunity(long communityId) implements Scope {
        @Override
        public String key() {
            return "community:" + communityId;
        }
    }

    record OfChannel(long channelId) implements Scope {
        @Override
        public String key() {
            return "channel:" + channelId;
        }
    }

    /** The scope a {@link #key()} names: "all", "platform:bluesky", "community:12" or "channel:3". */
    static Scope parse(String key) {
        requireNonNull(key, "key");
        if (key.equals("all")) {
            return ALL;
        }
        int colon = key.indexOf(':');
        String kind = colon < 0 ? key : key.substring(0, colon);
        String value = colon < 0 ? "" : key.substring(colon + 1);
        try {
            return switch (kind) {
                case "platform" -> new OfPlatform(Platform.fromKey(value));
                case "community" -> new OfCommunity(Long.parseLong(value));
                case "channel" -> new OfChannel(Long.parseLong(value));
                default -> throw new IllegalArgumentException("unknown kind '%s'".formatted(kind));
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(("a scope is 'all', 'platform:KEY', 'community:ID' or 'channel:ID', not '%s'"
                    + " (%s)").formatted(key, e.getMessage()), e);
        }
    }
}
