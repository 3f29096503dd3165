package dev.plaza.app.cli;

import dev.plaza.insights.sentiment.Confusion;
import dev.plaza.insights.sentiment.LabelledPosts;
import dev.plaza.insights.sentiment.SentimentEvaluation;
import dev.plaza.insights.sentiment.TrainedSentiment;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure how well Plaza's insights read the community.",
        subcommands = {EvalCommand.Sentiment.class, EvalCommand.Language.class})
final class EvalCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "sentiment", mixinStandardHelpOptions = true,
            description = {"Macro-averaged recall and F1 of Plaza's sentiment model, beside the VADER and AFINN lexicons,",
                    "for every NAME_text.txt / NAME_labels.txt pair under DIR (labels 0 negative, 1 neutral, 2 positive),",
                    "one line per pair and one for all. Posts the model was trained on are left out and counted."})
    static final class Sentiment implements Runnable {

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "the folder of labelled posts, searched at any depth")
        Path data;

        @Option(names = "--model", paramLabel = "FILE", description = "a model from `plaza train sentiment` instead of the built-in one")
        Path model;

        @Override
        public void run() {
            List<LabelledPosts> pairs = LabelledPosts.findAll(data);
            TrainedSentiment plaza = model == null ? TrainedSentiment.builtIn() : TrainedSentiment.fromFile(model);
            SentimentEvaluation evaluation = new SentimentEvaluation(plaza);
            PrintStream out = System.out;
            out.printf("%-28s %7s %7s   %-15s %-15s %-15s%n", "", "posts", "seen", "Plaza", "VADER", "AFINN");
            out.printf("%-28s %7s %7s   %-15s %-15s %-15s%n", "pair", "", "", "recall  F1", "recall  F1", "recall  F1");
            Map<String, Confusion> overall = new LinkedHashMap<>();
            int measured = 0;
            int seen = 0;
            long start = System.nanoTime();
            for (LabelledPosts pair : pairs) {
                SentimentEvaluation.Result result = evaluation.evaluate(pair);
                result.confusions().forEach((name, confusion) -> overall.computeIfAbsent(name, n -> new Confusion()).addAll(confusion));
                measured += result.measured();
                seen += result.seen();
                out.println(line(pair.name(), result.measured(), result.seen(), result.confusions()));
            }
            out.println(line("overall", measured, seen, overall));
            out.printf("(%,d posts in %.1f s; \"seen\": posts the model was trained on, left out of its figures and the baselines')%n",
                    measured + seen, (System.nanoTime() - start) / 1e9);
        }

        private static String line(String name, int measured, int seen, Map<String, Confusion> confusions) {
            StringBuilder line = new StringBuilder("%-28s %,7d %,7d  ".formatted(name, measured, seen));
            for (String classifier : SentimentEvaluation.CLASSIFIERS) {
                Confusion c = confusions.get(classifier);
                line.append(measured == 0 ? "      —      —  " : " %6.3f %6.3f  ".formatted(c.macroRecall(), c.macroF1()));
            }
            return line.toString().stripTrailing();
        }
    }

    @Command(name = "language", mixinStandardHelpOptions = true,
            description = {"How often Plaza's language detection names the right language of short posts: for every",
                    "NAME_text.txt under DIR inside a folder named after its language (\"german\" or \"de\"), the share",
                    "of posts detected right, detected wrong, and left undetected (too short or too unsure to say)."})
    static final class Language implements Runnable {

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "the folder of posts, searched at any depth")
        Path data;

        @Override
        public void run() {
            dev.plaza.channels.language.ProfileLanguageDetector detector = dev.plaza.channels.language.ProfileLanguageDetector.loadBuiltIn();
            PrintStream out = System.out;
            out.printf("%-28s %-8s %7s %9s %9s %11s%n", "pair", "language", "posts", "right", "wrong", "undetected");
            long[] all = new long[4];
            for (LabelledPosts pair : LabelledPosts.findAll(data)) {
                java.util.Optional<String> language = LanguageFolders.languageOf(pair.name());
                if (language.isEmpty()) {
                    out.printf("%-28s no folder names its language: left out%n", pair.name());
                    continue;
                }
                long[] counts = new long[4];
                for (String text : pair.texts()) {
                    java.util.Optional<String> detected = detector.detect(text);
                    counts[detected.isEmpty() ? 2 : detected.get().equals(language.get()) ? 0 : 1]++;
                    counts[3]++;
                }
                for (int i = 0; i < 4; i++) {
                    all[i] += counts[i];
                }
                out.println(line(pair.name(), language.get(), counts));
            }
            out.println(line("overall", "", all));
        }

        private static String line(String name, String language, long[] counts) {
            double posts = Math.max(1, counts[3]);
            return "%-28s %-8s %,7d %8.1f%% %8.1f%% %10.1f%%".formatted(name, language, counts[3], 100 * counts[0] / posts,
                    100 * counts[1] / posts, 100 * counts[2] / posts);
        }
    }
}
