package dev.plaza.core.wordofmouth;

/** How many times a post was reposted, quoted and replied to. */
public record Echoes(long reposts, long quotes, long replies) {

    public static final Echoes NONE = new Echoes(0, 0, 0);

    public Echoes {
        if (reposts < 0 || quotes < 0 || replies < 0) {
            throw new IllegalArgumentException("echoes are counted from zero, not %d reposts, %d quotes and %d replies"
                    .formatted(reposts, quotes, replies));
        }
    }

    public long total() {
        return reposts + quotes + replies;
    }
}
