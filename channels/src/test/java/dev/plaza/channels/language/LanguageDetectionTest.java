package dev.plaza.channels.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.community.Goal;
import dev.plaza.core.community.GoalMatcher;
import dev.plaza.core.community.Heard;
import dev.plaza.core.community.MatchReason;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

    private static final ProfileLanguageDetector DETECTOR = ProfileLanguageDetector.loadBuiltIn();

    private static final Map<String, String> POSTS = Map.of(
            "en", "We spent the whole afternoon fixing old bicycles with the neighbours, and everyone went home riding.",
            "de", "Wir haben den ganzen Nachmittag alte Fahrräder mit den Nachbarn repariert, und alle sind nach Hause gefahren.",
            "fr", "Nous avons passé tout l'après-midi à réparer de vieux vélos avec les voisins, et tout le monde est rentré à vélo.",
            "es", "Pasamos toda la tarde arreglando bicicletas viejas con los vecinos, y todos volvieron a casa pedaleando.",
            "ja", "近所の人たちと一緒に午後ずっと古い自転車を修理して、みんな自転車に乗って家に帰りました。",
            "ru", "Мы провели весь день, ремонтируя старые велосипеды вместе с соседями, и все уехали домой на велосипедах.",
            "ar", "قضينا فترة ما بعد الظهر بأكملها في إصلاح الدراجات القديمة مع الجيران، وعاد الجميع إلى منازلهم على الدراجات.");

    @Test
    void tellsTheLanguageOfPostsInManyLanguagesAndScripts() {
        assertThat(POSTS).hasSize(7);
        POSTS.forEach((language, text) -> assertThat(DETECTOR.detect(text)).as(text).hasValue(language));
    }

    @Test
    void linksMentionsAndHashtagsSayNothingOfTheLanguage() {
        String german = "@someone.bsky.social schau mal https://example.com/a/b?c=d #RepairCafe wir reparieren heute Fahrräder im Hof";
        assertThat(DETECTOR.detect(german)).hasValue("de");
        assertThat(DetectableText.of(german)).doesNotContain("example.com", "someone", "RepairCafe").contains("reparieren");
        assertThat(DETECTOR.detect("https://example.com/a-very-long-english-looking-path-about-fixing-bicycles-together"
                + " #fixingbicyclestogether @fixing.bicycles.together")).as("nothing left but names").isEmpty();
    }

    @Test
    void shortOrAmbiguousTextIsNotGuessedAt() {
        assertThat(DETECTOR.detect("")).isEmpty();
        assertThat(DETECTOR.detect("Danke schön!")).as("under twenty letters").isEmpty();
        assertThat(DETECTOR.detect("ok ok 👍 lol")).isEmpty();
        assertThat(DETECTOR.detect("12345 67890 !!! ??? 2026-12-05 10:00 +++ ---")).isEmpty();
        assertThat(DETECTOR.detect("Guten Morgen everyone, bonjour à tous, buenos días amigos, good morning Leute"))
                .as("four languages, none leading").isEmpty();
    }

    @Test
    void aGoalForGermanKeepsPostsDetectedGermanAndDropsThoseDetectedEnglish() {
        GoalMatcher matcher = GoalMatcher.of(new Goal(1, "", List.of("repair café"), List.of(), List.of("de"), List.of()), Set.of(),
                DETECTOR);
        Heard german = heard("Unser Repair Café im Nachbarschaftshaus hat heute wieder viele Toaster gerettet.", Optional.empty());
        Heard english = heard("Our repair café at the community centre saved a lot of toasters again today.", Optional.empty());
        assertThat(matcher.match(german)).hasValueSatisfying(reasons -> assertThat(reasons)
                .contains(new MatchReason(MatchReason.Kind.KEYWORD, "repair café"))
                .contains(new MatchReason(MatchReason.Kind.LANGUAGE_DETECTED, "de")));
        assertThat(matcher.match(english)).isEmpty();
        assertThat(matcher.match(heard(english.text(), Optional.of("de")))).as("a declared language wins over detection")
                .hasValue(List.of(new MatchReason(MatchReason.Kind.KEYWORD, "repair café")));
    }

    private static Heard heard(String text, Optional<String> language) {
        return new Heard(text, List.of(), language, List.of());
    }
}
