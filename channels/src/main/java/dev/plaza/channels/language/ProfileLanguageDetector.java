package dev.plaza.channels.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import dev.plaza.core.community.LanguageDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Detects a post's language from the n-gram profiles of the 70 languages the detector library ships.
 * Loading them takes a while and a few dozen megabytes, so one instance is loaded at start and shared
 * by every listener; it is safe to use from many threads. Links, mentions and hashtags are taken out
 * first (they are names, not language), and a text left with fewer than {@value #MIN_LETTERS} letters,
 * or one no language clearly leads, is not guessed at.
 */
public final class ProfileLanguageDetector implements LanguageDetector {

    static final int MIN_LETTERS = 20;
    /** How sure the detector must be of the likeliest language before Plaza takes it. */
    static final double MIN_PROBABILITY = 0.90;

    private final com.optimaize.langdetect.LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingShortCleanText();

    private ProfileLanguageDetector(List<LanguageProfile> profiles) {
        // a fixed seed: the same text is always given the same language
        this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).seed(41L).build();
    }

    /** A detector over every built-in profile. */
    public static ProfileLanguageDetector loadBuiltIn() {
        try {
            return new ProfileLanguageDetector(new LanguageProfileReader().readAllBuiltIn());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language detector's built-in profiles", e);
        }
    }

    @Override
    public Optional<String> detect(String text) {
        String words = DetectableText.of(text);
        if (DetectableText.letters(words) < MIN_LETTERS) {
            return Optional.empty();
        }
        List<DetectedLanguage> likeliest = detector.getProbabilities(texts.forText(words));
        if (likeliest.isEmpty() || likeliest.getFirst().getProbability() < MIN_PROBABILITY) {
            return Optional.empty();
        }
        return Optional.of(likeliest.getFirst().getLocale().getLanguage());
    }
}
