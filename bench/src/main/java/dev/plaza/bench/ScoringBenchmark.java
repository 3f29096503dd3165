package dev.plaza.bench;

import dev.plaza.channels.language.ProfileLanguageDetector;
import dev.plaza.core.scoring.PostToScore;
import dev.plaza.insights.PlazaPostScorer;
import dev.plaza.insights.sentiment.LabelledPosts;
import dev.plaza.insights.sentiment.TrainedSentiment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * How many posts a second Plaza scores on this machine's cores (target: ≥ 2,000/s on 2, so that scoring
 * never holds back listening to the whole Bluesky network): the language of each post detected, then
 * its sentiment and advocacy read as the scoring worker does ({@link PlazaPostScorer}, the built-in
 * model and a brand with four names), on {@code threads} threads. The posts are the labelled
 * social posts of {@code ../shared/data/sentiment} (eight languages), repeated to {@code posts}. Prints
 * each run's rate for both together and for each alone, and the medians.
 *
 * <p>Usage: {@code ScoringBenchmark [posts=100000] [runs=5] [threads=2] [warmups=2]}.
 */
public final class ScoringBenchmark {

    private static final double TARGET = 2_000;

    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Path data = Path.of(System.getProperty("plaza.data", "../shared/data"), "sentiment");
        List<String> corpus = LabelledPosts.findAll(data).stream().flatMap(p -> p.texts().stream()).toList();
        List<String> texts = new ArrayList<>(posts);
        for (int i = 0; i < posts; i++) {
            texts.add(corpus.get(i % corpus.size()));
        }
        ProfileLanguageDetector languages = ProfileLanguageDetector.loadBuiltIn();
        TrainedSentiment sentiment = TrainedSentiment.builtIn();
        PlazaPostScorer scorer = new PlazaPostScorer(sentiment);
        List<String> brand = List.of("Fernhill Repair Café", "Fernhill", "@fernhill@plaza.example", "fernhill.bsky.social");
        System.out.printf("%,d posts (%,d distinct, from %s) on %d threads%n", posts, corpus.size(), data, threads);
        List<Double> both = new ArrayList<>();
        List<Double> languageOnly = new ArrayList<>();
        List<Double> sentimentOnly = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int run = 1 - warmups; run <= runs; run++) {
                double a = rate(pool, threads, texts, t -> languages.detect(t).map(String::length).orElse(0)
                        + scorer.score(new PostToScore(0, 0, t, false, false, Optional.empty(), brand)).advocacy().advocacy().ordinal());
                double l = rate(pool, threads, texts, t -> languages.detect(t).map(String::length).orElse(0));
                double s = rate(pool, threads, texts, t -> sentiment.classify(t).sentiment().ordinal());
                System.out.printf("%s: language + sentiment + advocacy %,.0f posts/s; language alone %,.0f/s; sentiment alone %,.0f/s%n",
                        run <= 0 ? "warm-up" : "run " + run, a, l, s);
                if (run > 0) {
                    both.add(a);
                    languageOnly.add(l);
                    sentimentOnly.add(s);
                }
            }
        }
        double median = Median.of(both);
        System.out.printf("median: %,.0f posts/s scored (language + sentiment + advocacy; target %,.0f: %s); language alone %,.0f/s, "
                        + "sentiment alone %,.0f/s%n", median, TARGET, median >= TARGET ? "met" : "NOT met",
                Median.of(languageOnly), Median.of(sentimentOnly));
    }

    private static double rate(ExecutorService pool, int threads, List<String> texts, ToLongFunction<String> score)
            throws Exception {
        AtomicLong sink = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int part = t;
            parts.add(pool.submit(() -> {
                long sum = 0;
                for (int i = part; i < texts.size(); i += threads) {
                    sum += score.applyAsLong(texts.get(i));
                }
                sink.addAndGet(sum);
            }));
        }
        for (Future<?> f : parts) {
            f.get();
        }
        return texts.size() / ((System.nanoTime() - start) / 1e9);
    }
}
