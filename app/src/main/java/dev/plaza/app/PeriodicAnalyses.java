package dev.plaza.app;

/** The background jobs that analyse the community as a whole: its leaders and its engagement. */
record PeriodicAnalyses(LeaderRankings leaders, EngagementRollups engagement) implements AutoCloseable {

    @Override
    public void close() {
        leaders.close();
        engagement.close();
    }
}
