package dev.plaza.bench;

import dev.plaza.core.activity.Conversation;
import dev.plaza.core.activity.ConversationFilter;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.community.Platform;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.search.SearchFilter;
import dev.plaza.core.search.SearchQuery;
import dev.plaza.core.team.Role;
import dev.plaza.store.PlazaStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Reads at scale: fills a workspace with millions of activities ({@link ScaleFill}), then measures
 * full-text searches and inbox pages (the first and the third page of conversations, newest first,
 * by status, platform and assignee) as the team would ask for them, each several times.
 * Prints p50/p95/p99 per search and per inbox view, and over all of each.
 * Usage: {@code ScaleBenchmark [activities=10000000] [repeats=20]}. With {@code -Dplaza.bench.home=DIR} the
 * filled store is kept in {@code DIR}, and a later run with the same directory and size measures it again
 * without filling (a fill of ten million takes about ten minutes).
 */
public final class ScaleBenchmark {

    private static final int PAGE = 25;
    private static final String SLUG = "scale-bench";
    private static final String MEMBER = "bench@plaza.example";

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int activities = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        try (BenchHome home = BenchHome.open("plaza-scale-bench"); PlazaStore store = BenchStore.open(home.dir())) {
            Path filled = home.filled("filled-", activities);
            long workspace;
            long member;
            if (Files.exists(filled)) {
                workspace = store.workspaces().findBySlug(SLUG).orElseThrow().id();
                member = store.team().findByEmail(MEMBER).orElseThrow().id();
                System.out.printf("measuring the %,d activities filled before in %s%n", activities, home.dir());
            } else {
                workspace = store.workspaces().create(SLUG, "Scale benchmark", false).id();
                member = store.team().add(workspace, MEMBER, "Bench", Role.MANAGER, "a long enough password".toCharArray()).id();
                new ScaleFill(store, workspace, member).fill(activities);
                Files.createFile(filled);
            }
            List<Double> searches = new ArrayList<>();
            for (String q : SearchBenchmark.QUERIES) {
                SearchQuery query = SearchQuery.parse(q);
                searches.addAll(measure(q, repeats, () -> store.search()
                        .activities(workspace, query, SearchFilter.ALL, PageRequest.first(PAGE)).items().size()));
            }
            summary("all searches", searches);
            List<Double> inbox = new ArrayList<>();
            for (Map.Entry<String, ConversationFilter> view : views(member).entrySet()) {
                ConversationFilter filter = view.getValue();
                inbox.addAll(measure("inbox " + view.getKey(), repeats, () -> store.conversations()
                        .list(workspace, filter, PageRequest.first(PAGE)).items().size()));
                Optional<String> third = thirdPage(store, workspace, filter);
                if (third.isPresent()) {
                    inbox.addAll(measure("inbox " + view.getKey() + ", page 3", repeats, () -> store.conversations()
                            .list(workspace, filter, PageRequest.after(third.get(), PAGE)).items().size()));
                }
            }
            summary("all inbox pages", inbox);
        }
    }

    private static Map<String, ConversationFilter> views(long member) {
        Map<String, ConversationFilter> views = new LinkedHashMap<>();
        views.put("all", ConversationFilter.ALL);
        views.put("open", ConversationFilter.ALL.withStatus(Optional.of(ConversationStatus.OPEN)));
        views.put("ignored", ConversationFilter.ALL.withStatus(Optional.of(ConversationStatus.IGNORED)));
        views.put("bluesky", ConversationFilter.ALL.withPlatform(Optional.of(Platform.BLUESKY)));
        views.put("rss open", ConversationFilter.ALL.withPlatform(Optional.of(Platform.RSS))
                .withStatus(Optional.of(ConversationStatus.OPEN)));
        views.put("mine", ConversationFilter.ALL.withAssignee(Optional.of(new ConversationFilter.Assignee.Member(member))));
        views.put("unassigned open", ConversationFilter.ALL.withAssignee(Optional.of(ConversationFilter.Assignee.NOBODY))
                .withStatus(Optional.of(ConversationStatus.OPEN)));
        return views;
    }

    /** The cursor of a view's third page, as a team member clicking "more" twice reaches it. */
    private static Optional<String> thirdPage(PlazaStore store, long workspace, ConversationFilter filter) {
        Page<Conversation> page = store.conversations().list(workspace, filter, PageRequest.first(PAGE));
        if (page.nextCursor().isEmpty()) {
            return Optional.empty();
        }
        page = store.conversations().list(workspace, filter, PageRequest.after(page.nextCursor().get(), PAGE));
        return page.nextCursor();
    }

    private static List<Double> measure(String name, int repeats, IntSupplier call) {
        Latencies.Timed timed = Latencies.time(repeats, call);
        double[] sorted = timed.sorted();
        System.out.printf("%-28s %3d rows  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms%n", name, timed.rows(),
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
        return timed.millis();
    }

    private static void summary(String name, List<Double> all) {
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%s (%d): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", name, sorted.length,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
