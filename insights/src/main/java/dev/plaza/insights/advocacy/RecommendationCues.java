package dev.plaza.insights.advocacy;

import dev.plaza.insights.InsightsException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words with which people recommend something to others, in the languages Plaza scores ("you
 * should try", "kann ich empfehlen", "je recommande", "te recomiendo", "consiglio", "recomendo",
 * "أنصح", "मैं सलाह"): Plaza's own list, found as whole words in any case.
 */
final class RecommendationCues {

    private final Pattern pattern;

    private RecommendationCues(List<String> phrases) {
        String alternatives = String.join("|", phrases.stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['’]\\Q")).toList());
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static RecommendationCues builtIn() {
        InputStream in = RecommendationCues.class.getResourceAsStream("recommendation-cues.tsv");
        if (in == null) {
            throw new InsightsException("the recommendation cues are missing from Plaza's insights module");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new RecommendationCues(reader.lines().filter(l -> !l.isBlank()).map(l -> l.split("\t", 2)[1].strip()
                    .toLowerCase(Locale.ROOT)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first cue in {@code text}, as written there. */
    Optional<String> foundIn(String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
