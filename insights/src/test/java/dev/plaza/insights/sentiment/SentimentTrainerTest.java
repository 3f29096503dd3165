package dev.plaza.insights.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.sentiment.Sentiment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentimentTrainerTest {

    private static final List<String> GOOD = List.of("zorbly", "quintastic", "flumious", "brillig", "snazzle");
    private static final List<String> BAD = List.of("grottish", "blech", "murkle", "vilesome", "drabbish");
    private static final List<String> PLAIN = List.of("tuesday", "report", "schedule", "meeting", "train");
    private static SentimentTrainer.Result trained;

    /** Posts in a made-up language whose words alone say their class: no lexicon knows them. */
    private static LabelledPosts invented(String name, int size, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        List<Sentiment> labels = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Sentiment label = Sentiment.values()[i % 3];
            List<String> cue = switch (label) {
                case POSITIVE -> GOOD;
                case NEGATIVE -> BAD;
                case NEUTRAL -> PLAIN;
            };
            texts.add("post %d: the %s was %s on %s".formatted(seed * 1000 + i, PLAIN.get(random.nextInt(5)),
                    cue.get(random.nextInt(5)), PLAIN.get(random.nextInt(5))));
            labels.add(label);
        }
        return new LabelledPosts(name, texts, labels);
    }

    @BeforeAll
    static void train() {
        trained = new SentimentTrainer(3).train(List.of(invented("invented_train", 300, 1)), (done, total, what) -> { });
    }

    @Test
    void learnsWhatTheLabelsSay() {
        assertThat(trained.classifier().classify("the meeting was zorbly").sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(trained.classifier().classify("the report was murkle").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(trained.classifier().classify("the schedule was tuesday").sentiment()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(trained.crossValidated()).hasSize(SentimentTrainer.CANDIDATES.size());
        assertThat(trained.chosenF1()).isGreaterThan(0.9);
        assertThat(trained.posts()).isEqualTo(300);
    }

    @Test
    void anEvaluationLeavesOutThePostsTheModelWasTrainedOn() {
        LabelledPosts heldOut = invented("invented_val", 60, 2);
        LabelledPosts mixed = new LabelledPosts("mixed", concat(heldOut.texts(), invented("x", 30, 1).texts()),
                concat(heldOut.labels(), invented("x", 30, 1).labels()));

        var result = new SentimentEvaluation(trained.classifier()).evaluate(mixed);

        assertThat(result.seen()).isEqualTo(30);
        assertThat(result.measured()).isEqualTo(60);
        assertThat(result.confusions().get("Plaza").total()).isEqualTo(60);
        assertThat(result.confusions().get("Plaza").macroF1()).isGreaterThan(0.9);
        assertThat(result.confusions().keySet()).containsExactly("Plaza", "VADER", "AFINN");
    }

    @Test
    void aWrittenModelReadsBackToTheSameAnswers(@TempDir Path dir) {
        Path file = dir.resolve("model.bin");
        trained.classifier().writeModel(file);

        TrainedSentiment read = TrainedSentiment.fromFile(file);

        for (String text : List.of("the meeting was zorbly", "the report was murkle", "the train was tuesday", "what a day")) {
            assertThat(read.classify(text).sentiment()).as(text).isEqualTo(trained.classifier().classify(text).sentiment());
            assertThat(read.classify(text).confidence()).as(text)
                    .isCloseTo(trained.classifier().classify(text).confidence(), org.assertj.core.api.Assertions.within(0.01));
        }
        assertThat(read.trainedOn(invented("x", 3, 1).texts().getFirst())).isTrue();
        assertThat(read.trainedOn("a post it never saw")).isFalse();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
