package dev.plaza.core.leaders;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PageRank (Brin and Page, 1998) over a weighted interaction graph: an edge from A to B means A replied
 * to, mentioned or boosted B, weighted by how often. A node's rank is the chance that a walk along the
 * edges, jumping anywhere with probability 1 − damping, is at it; people whom well-regarded people
 * turn to rank high. Ranks sum to 1; nodes without outgoing edges spread their rank evenly.
 */
public final class PageRank {

    /** A weighted edge of the graph. */
    public record Edge(long from, long to, double weight) {

        public Edge {
            if (!(weight > 0)) {
                throw new IllegalArgumentException("an edge's weight is positive, not " + weight);
            }
        }
    }

    public static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 100;
    private static final double CONVERGED = 1e-10;

    private PageRank() {
    }

    public static Map<Long, Double> rank(List<Edge> edges) {
        Map<Long, Integer> index = new HashMap<>();
        for (Edge e : edges) {
            index.putIfAbsent(e.from(), index.size());
            index.putIfAbsent(e.to(), index.size());
        }
        int n = index.size();
        if (n == 0) {
            return Map.of();
        }
        double[] outWeight = new double[n];
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        double[] weight = new double[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            Edge e = edges.get(i);
            from[i] = index.get(e.from());
            to[i] = index.get(e.to());
            weight[i] = e.weight();
            outWeight[from[i]] += e.weight();
        }
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0 / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double dangling = 0;
            for (int v = 0; v < n; v++) {
                dangling += outWeight[v] == 0 ? rank[v] : 0;
            }
            double[] next = new double[n];
            java.util.Arrays.fill(next, (1 - DAMPING) / n + DAMPING * dangling / n);
            for (int i = 0; i < from.length; i++) {
                next[to[i]] += DAMPING * rank[from[i]] * weight[i] / outWeight[from[i]];
            }
            double change = 0;
            for (int v = 0; v < n; v++) {
                change += Math.abs(next[v] - rank[v]);
            }
            rank = next;
            if (change < CONVERGED) {
                break;
            }
        }
        Map<Long, Double> ranks = new HashMap<>();
        for (Map.Entry<Long, Integer> node : index.entrySet()) {
            ranks.put(node.getKey(), rank[node.getValue()]);
        }
        return ranks;
    }
}
