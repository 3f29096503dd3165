package dev.plaza.app.cli;

import dev.plaza.insights.sentiment.LabelledPosts;
import dev.plaza.insights.sentiment.SentimentTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true, description = "Train Plaza's models on labelled data.",
        subcommands = {TrainCommand.Sentiment.class})
final class TrainCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "sentiment", mixinStandardHelpOptions = true,
            description = {"Train the sentiment model on every NAME_text.txt / NAME_labels.txt pair under DIR whose NAME",
                    "ends in \"train\" (the others are left for `plaza eval sentiment`), choosing its settings by",
                    "cross-validation on those posts alone. Plaza's built-in model is made with:",
                    "  plaza train sentiment --data ../shared/data/sentiment",
                    "      --out insights/src/main/resources/dev/plaza/insights/sentiment/model.bin"})
    static final class Sentiment implements Runnable {

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "the folder of labelled posts, searched at any depth")
        Path data;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the model")
        Path out;

        @Option(names = "--folds", defaultValue = "5", paramLabel = "K", description = "cross-validation folds (default: ${DEFAULT-VALUE})")
        int folds;

        @Override
        public void run() {
            List<LabelledPosts> pairs = LabelledPosts.findAll(data).stream().filter(p -> p.name().endsWith("train")).toList();
            if (pairs.isEmpty()) {
                throw new IllegalArgumentException("no NAME_text.txt under %s has a NAME ending in \"train\"".formatted(data));
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new IllegalArgumentException("%s does not exist: the model cannot be written there".formatted(parent));
            }
            System.out.printf("training on %d files: %s%n", pairs.size(),
                    String.join(", ", pairs.stream().map(LabelledPosts::name).toList()));
            long start = System.nanoTime();
            SentimentTrainer.Result result;
            try (ProgressBars progress = new ProgressBars(System.err)) {
                result = new SentimentTrainer(folds).train(pairs, (done, total, what) -> progress.update("fitting", done, total));
            }
            result.crossValidated().forEach(score -> System.out.println("  cross-validated macro-F1, " + score));
            result.classifier().writeModel(out);
            System.out.printf("chose %s (macro-F1 %.3f over %d folds); trained on %,d posts in %.0f s; wrote %s%n", result.chosen(),
                    result.chosenF1(), folds, result.posts(), (System.nanoTime() - start) / 1e9, out);
        }
    }
}
