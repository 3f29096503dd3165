package dev.plaza.web.pages;

import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.measures.MeasureDay;
import dev.plaza.core.measures.Measured;
import dev.plaza.core.measures.Scope;
import dev.plaza.core.sentiment.Sentiment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToLongFunction;

/**
 * A scope's dashboard over a span of weeks, from the daily measures: posts by sentiment, advocacy, the
 * relationship with the brand (people's replies to it and its replies to them) and the brand's share of
 * voice in the conversation about its goal.
 */
public record Dashboard(Scope scope, LocalDate from, LocalDate to, List<MeasureDay> days, DashboardChart sentiment,
                        DashboardChart advocacy, DashboardChart relationship, DashboardChart voice) {

    public static Dashboard of(Scope scope, List<MeasureDay> days, LocalDate from, LocalDate to) {
        Weeks weeks = Weeks.between(from, to);
        List<MeasureDay> inSpan = days.stream().filter(d -> weeks.contains(d.day())).toList();
        ChartBuilder charts = new ChartBuilder(weeks, inSpan);
        return new Dashboard(scope, from, to, inSpan,
                charts.counts("bar", Arrays.stream(Sentiment.values()).map(s -> charts.series(s.key(), Fmt.sentence(s.key()),
                        d -> d.count(s), Map.of("sentiment", s.key()))).toList()),
                charts.counts("bar", List.of(
                        charts.series("recommendations", "Recommendations", MeasureDay::recommendations,
                                Map.of("advocacy", Advocacy.RECOMMENDATION.key())),
                        charts.series("answers", "Answers with the brand", MeasureDay::answers, Map.of("advocacy", Advocacy.ANSWER.key())))),
                charts.counts("line", List.of(
                        charts.series("replies-to-brand", "Replies to the brand", MeasureDay::repliesToBrand,
                                Map.of("advocacy", Advocacy.REPLY_TO_BRAND.key())),
                        charts.series("brand-replies", "The brand's replies", MeasureDay::brandReplies,
                                Map.of("measure", Measured.BRAND_REPLY.key())))),
                charts.shareOfVoice());
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    private long sum(ToLongFunction<MeasureDay> measure) {
        return days.stream().mapToLong(measure).sum();
    }

    public long posts() {
        return sum(MeasureDay::posts);
    }

    /** The share of the span's posts that are {@code sentiment}, in percent, rounded. */
    public long percent(Sentiment sentiment) {
        long posts = posts();
        return posts == 0 ? 0 : Math.round(100.0 * sum(d -> d.count(sentiment)) / posts);
    }

    public long advocacyPosts() {
        return sum(MeasureDay::recommendations) + sum(MeasureDay::answers);
    }

    public long repliesToBrand() {
        return sum(MeasureDay::repliesToBrand);
    }

    public long brandReplies() {
        return sum(MeasureDay::brandReplies);
    }

    public long goalPosts() {
        return sum(MeasureDay::goalPosts);
    }

    /** The brand's share of the span's posts about its goal, in percent; empty when nobody spoke of it. */
    public OptionalDouble shareOfVoice() {
        long goal = goalPosts();
        return goal == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * sum(MeasureDay::goalPostsOfBrand) / goal);
    }

    /** The query parameters of the posts behind a series over the whole span, for the tables' links. */
    public Map<String, String> drill(DashboardChart.Series series) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("scope", scope.key());
        parameters.put("from", from.toString());
        parameters.put("until", to.toString());
        parameters.putAll(series.drill());
        return parameters;
    }

    /** A chart (a {@link DashboardChart} or the Overview's {@link ActivityChart}) as its canvas's {@code data-chart} carries it. */
    public static String json(Object chart) {
        try {
            return dev.plaza.web.Json.mapper().writeValueAsString(chart);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Sums days into weeks for each chart. */
    private record ChartBuilder(Weeks weeks, List<MeasureDay> days) {

        DashboardChart.Series series(String key, String label, ToLongFunction<MeasureDay> measure, Map<String, String> drill) {
            double[] weekly = new double[weeks.count()];
            days.forEach(d -> weekly[weeks.indexOf(d.day())] += measure.applyAsLong(d));
            return new DashboardChart.Series(key, label, Arrays.stream(weekly).boxed().toList(), drill);
        }

        DashboardChart counts(String type, List<DashboardChart.Series> series) {
            return new DashboardChart(type, "week", false, "/activities", weeks.labels(), weeks.starts(), weeks.ends(), series);
        }

        DashboardChart shareOfVoice() {
            long[] goal = new long[weeks.count()];
            long[] ofBrand = new long[weeks.count()];
            days.forEach(d -> {
                goal[weeks.indexOf(d.day())] += d.goalPosts();
                ofBrand[weeks.indexOf(d.day())] += d.goalPostsOfBrand();
            });
            List<Double> share = new ArrayList<>(weeks.count());
            for (int w = 0; w < goal.length; w++) {
                share.add(goal[w] == 0 ? null : Math.round(1000.0 * ofBrand[w] / goal[w]) / 10.0);
            }
            return new DashboardChart("line", "week", true, "/activities", weeks.labels(), weeks.starts(), weeks.ends(), List.of(
                    new DashboardChart.Series("share-of-voice", "The brand's share of voice", share,
                            Map.of("measure", Measured.GOAL_OF_BRAND.key()))));
        }
    }
}
