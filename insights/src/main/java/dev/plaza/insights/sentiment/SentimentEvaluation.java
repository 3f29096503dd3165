package dev.plaza.insights.sentiment;

import dev.plaza.core.sentiment.Sentiment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Measures Plaza's sentiment classifier on labelled posts beside the two lexicon baselines, VADER and
 * AFINN, in the same run: one {@link Confusion} per classifier for each file of posts.
 */
public final class SentimentEvaluation {

    public static final List<String> CLASSIFIERS = List.of("Plaza", "VADER", "AFINN");

    private final TrainedSentiment plaza;
    private final Map<String, Function<String, Sentiment>> classifiers = new LinkedHashMap<>();

    public SentimentEvaluation(TrainedSentiment plaza) {
        this.plaza = plaza;
        Negations negations = Negations.builtIn();
        Vader vader = Vader.builtIn();
        Afinn afinn = Afinn.builtIn(negations);
        classifiers.put("Plaza", text -> plaza.classify(text).sentiment());
        classifiers.put("VADER", text -> bySign(vader.compound(text), Vader.THRESHOLD));
        classifiers.put("AFINN", text -> bySign(afinn.score(PostTokenizer.tokens(text)), 0.5));
    }

    /**
     * @param measured the posts the figures are of: those of the file the model was not trained on
     * @param seen the posts left out because the model was trained on them
     * @param confusions by classifier, in the order of {@link #CLASSIFIERS}
     */
    public record Result(LabelledPosts posts, int measured, int seen, Map<String, Confusion> confusions) {
    }

    public Result evaluate(LabelledPosts posts) {
        List<Integer> unseen = java.util.stream.IntStream.range(0, posts.size())
                .filter(i -> !plaza.trainedOn(posts.texts().get(i))).boxed().toList();
        Map<String, Confusion> confusions = new LinkedHashMap<>();
        classifiers.forEach((name, classifier) -> {
            Confusion confusion = new Confusion();
            for (int i : unseen) {
                confusion.add(posts.labels().get(i), classifier.apply(posts.texts().get(i)));
            }
            confusions.put(name, confusion);
        });
        return new Result(posts, unseen.size(), posts.size() - unseen.size(), confusions);
    }

    private static Sentiment bySign(double score, double threshold) {
        return score >= threshold ? Sentiment.POSITIVE : score <= -threshold ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
    }
}
