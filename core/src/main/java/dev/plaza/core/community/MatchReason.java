package dev.plaza.core.community;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Why a heard post belongs to the community: the goal's keyword or hashtag it carries, or the way it
 * points at one of the brand's accounts. {@link Kind#LANGUAGE_DETECTED} comes with those of a post that
 * declared no language: the goal's languages were held against the one detected (its detail).
 */
public record MatchReason(Kind kind, String detail) {

    public enum Kind {
        KEYWORD, HASHTAG, MENTIONS_BRAND, REPLIES_TO_BRAND, QUOTES_BRAND, LIKES_BRAND, REPOSTS_BRAND, FOLLOWS_BRAND, LANGUAGE_DETECTED;

        /** The lower-case name the store keeps. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Kind fromKey(String key) {
            return valueOf(key.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public MatchReason {
        requireNonNull(kind, "kind");
        requireNonNull(detail, "detail");
    }

    /** The language detected for a post that declared none, as its reasons tell it. */
    public static Optional<String> detectedLanguage(List<MatchReason> reasons) {
        return reasons.stream().filter(reason -> reason.kind() == Kind.LANGUAGE_DETECTED).map(MatchReason::detail).findFirst();
    }

    static MatchReason pointing(Heard.Pointing pointing, String account) {
        Kind kind = switch (pointing) {
            case MENTION -> Kind.MENTIONS_BRAND;
            case REPLY -> Kind.REPLIES_TO_BRAND;
            case QUOTE -> Kind.QUOTES_BRAND;
            case LIKE -> Kind.LIKES_BRAND;
            case REPOST -> Kind.REPOSTS_BRAND;
            case FOLLOW -> Kind.FOLLOWS_BRAND;
        };
        return new MatchReason(kind, account);
    }

    @Override
    public String toString() {
        return kind.key() + " " + detail;
    }
}
