package dev.plaza.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plaza train sentiment} and {@code plaza eval sentiment} on a folder of labelled posts laid out as the shared data is. */
class SentimentCommandsTest {

    @TempDir
    Path data;

    private void pair(String name, String... postsAndLabels) throws IOException {
        StringBuilder texts = new StringBuilder();
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < postsAndLabels.length; i += 2) {
            texts.append(postsAndLabels[i]).append('\n');
            labels.append(postsAndLabels[i + 1]).append('\n');
        }
        Files.createDirectories(data.resolve(name).getParent());
        Files.writeString(data.resolve(name + "_text.txt"), texts);
        Files.writeString(data.resolve(name + "_labels.txt"), labels);
    }

    @Test
    void evaluationPrintsALinePerPairAndOneForAll() throws IOException {
        pair("shop/en/val", "I love this shop, thank you!", "2", "Worst service ever, I hate it", "0", "The shop opens at nine", "1");
        pair("shop/de/val", "Ich liebe es, danke!", "2", "Schrecklich, nie wieder", "0");

        CliRun run = CliRun.of(Map.of(), "eval", "sentiment", "--data", data.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Plaza").contains("VADER").contains("AFINN");
        assertThat(run.out().lines().filter(l -> l.startsWith("shop/")).toList()).hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith("shop/en/val").contains(" 3 "))
                .anySatisfy(l -> assertThat(l).startsWith("shop/de/val").contains(" 2 "));
        assertThat(run.out().lines().filter(l -> l.startsWith("overall")).findFirst().orElseThrow()).contains(" 5 ");
    }

    @Test
    void trainingWritesAModelThatEvaluationLeavesItsOwnPostsOutOf() throws IOException {
        String[] posts = new String[60];
        for (int i = 0; i < 30; i++) {
            boolean good = i % 2 == 0;
            posts[2 * i] = (good ? "zorbly day number " : "grottish day number ") + i;
            posts[2 * i + 1] = good ? "2" : "0";
        }
        pair("made/up_train", posts);
        Path model = data.resolve("model.bin");

        CliRun trained = CliRun.of(Map.of(), "train", "sentiment", "--data", data.toString(), "--out", model.toString(), "--folds", "2");
        CliRun evaluated = CliRun.of(Map.of(), "eval", "sentiment", "--data", data.toString(), "--model", model.toString());

        assertThat(trained.exit()).as(trained.err()).isZero();
        assertThat(trained.out()).contains("training on 1 files: made/up_train").contains("trained on 30 posts");
        assertThat(model).isNotEmptyFile();
        assertThat(evaluated.out().lines().filter(l -> l.startsWith("made/up_train")).findFirst().orElseThrow())
                .matches("made/up_train\\s+0\\s+30\\s+—.*");
    }

    @Test
    void badDataIsNamedWithWhatIsWrong() throws IOException {
        pair("x/val", "fine", "positive");

        CliRun run = CliRun.of(Map.of(), "eval", "sentiment", "--data", data.toString());

        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("val_labels.txt line 1").contains("use 0 (negative), 1 (neutral) or 2 (positive)");
    }
}
