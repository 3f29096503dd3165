package dev.plaza.bench;

import java.util.List;
import java.util.Map;

/**
 * What a {@link ScaleFill} adds to its plain store, for benchmarks that read by place or by the brand:
 * each platform's communities and channels (a conversation and its activities belong to one of each),
 * and every {@code brandEvery}-th activity written by the first author, the brand's own account.
 */
record ScaleShape(Map<String, List<Long>> communities, Map<String, List<Long>> channels, int brandEvery) {

    /** Activities in no community or channel, none by the brand: what {@link ScaleBenchmark} measures. */
    static final ScaleShape PLAIN = new ScaleShape(Map.of(), Map.of(), 0);

    ScaleShape {
        communities = Map.copyOf(communities);
        channels = Map.copyOf(channels);
        if (brandEvery < 0) {
            throw new IllegalArgumentException("brandEvery is %d: 0 (no activity by the brand) or more".formatted(brandEvery));
        }
    }

    boolean plain() {
        return communities.isEmpty() && channels.isEmpty() && brandEvery == 0;
    }

    /** The community of conversation {@code c} on {@code platform}, as a CSV field (empty for none). */
    String community(String platform, int c) {
        return pick(communities, platform, c / 5);
    }

    String channel(String platform, int c) {
        return pick(channels, platform, c / 35);
    }

    private static String pick(Map<String, List<Long>> ids, String platform, int draw) {
        List<Long> of = ids.getOrDefault(platform, List.of());
        return of.isEmpty() ? "" : Long.toString(of.get(draw % of.size()));
    }
}
