package dev.plaza.core.engagement;

import dev.plaza.core.activity.ActivityKind;
import java.util.Map;

/** What each kind of activity adds to a person's love: writing counts more than a like. */
public final class ActivityWeights {

    private static final Map<ActivityKind, Double> WEIGHTS = Map.ofEntries(
            Map.entry(ActivityKind.POST, 3.0), Map.entry(ActivityKind.REPLY, 2.0), Map.entry(ActivityKind.MENTION, 2.0),
            Map.entry(ActivityKind.REPOST, 1.0), Map.entry(ActivityKind.VOTE, 1.0), Map.entry(ActivityKind.FOLLOW, 1.0),
            Map.entry(ActivityKind.LIKE, 0.5), Map.entry(ActivityKind.BOOKMARK, 0.5));

    private ActivityWeights() {
    }

    /** Blocks, mutes, moves and refusals add nothing. */
    public static double of(ActivityKind kind) {
        return WEIGHTS.getOrDefault(kind, 0.0);
    }
}
