package dev.plaza.bench;

import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.store.PlazaStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The places a dashboard benchmark's workspace has before it is filled: communities on each platform
 * (fediverse instances, Bluesky and RSS feeds), two listening channels per platform, and the brand's
 * owned fediverse channel, whose account is {@link ScaleFill}'s first author.
 */
final class DashboardPlaces {

    static final int COMMUNITIES_PER_PLATFORM = 6;
    /**
     * One activity in this many is the brand's own: prime, so that the brand's replies answer others' posts rather than its own
     * (a reply's parent is a whole number of conversations before it).
     */
    static final int BRAND_EVERY = 23;

    private DashboardPlaces() {
    }

    static ScaleShape create(PlazaStore store, long workspace) {
        store.channels().add(workspace, Platform.FEDIVERSE, ScaleFill.stableId(0), ChannelKind.OWNED, Optional.empty());
        Map<String, List<Long>> communities = new LinkedHashMap<>();
        Map<String, List<Long>> channels = new LinkedHashMap<>();
        for (Platform platform : List.of(Platform.FEDIVERSE, Platform.BLUESKY, Platform.RSS)) {
            communities.put(platform.key(), communities(store, workspace, platform));
            List<Long> listening = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                listening.add(store.channels().add(workspace, platform, "listening-" + platform.key() + "-" + c, ChannelKind.LISTENING,
                        Optional.empty()).id());
            }
            channels.put(platform.key(), listening);
        }
        return new ScaleShape(communities, channels, BRAND_EVERY);
    }

    private static List<Long> communities(PlazaStore store, long workspace, Platform platform) {
        String kind = platform == Platform.FEDIVERSE ? "INSTANCE" : "FEED";
        List<Long> ids = new ArrayList<>();
        try (Connection connection = store.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO community (workspace_id, platform, kind, name) VALUES (?, ?, ?, ?) RETURNING id""")) {
            for (int c = 0; c < COMMUNITIES_PER_PLATFORM; c++) {
                insert.setLong(1, workspace);
                insert.setString(2, platform.key());
                insert.setString(3, kind);
                insert.setString(4, platform.key() + "-" + c + ".bench.example");
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    ids.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the benchmark's communities: " + e.getMessage(), e);
        }
        return ids;
    }
}
