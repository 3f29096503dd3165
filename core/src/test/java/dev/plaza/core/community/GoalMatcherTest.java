package dev.plaza.core.community;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.community.Heard.Pointing;
import dev.plaza.core.community.Heard.Reference;
import dev.plaza.core.community.MatchReason.Kind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GoalMatcherTest {

    private static final String BRAND = "did:plc:brand";
    private static final Goal GOAL = new Goal(1, "repairing things together", List.of("repair café", "Fixing"),
            List.of("#RightToRepair"), List.of("en", "de"), List.of("giveaway"));
    private static final GoalMatcher MATCHER = GoalMatcher.of(GOAL, Set.of(BRAND));

    @Test
    void keywordsAndPhrasesMatchWholeWordsInAnyCase() {
        assertThat(reasons(text("Our REPAIR CAFÉ opens Saturday"))).containsExactly(new MatchReason(Kind.KEYWORD, "repair café"));
        assertThat(reasons(text("fixing a lamp, then #righttorepair")))
                .containsExactly(new MatchReason(Kind.KEYWORD, "fixing"), new MatchReason(Kind.HASHTAG, "righttorepair"));
        assertThat(MATCHER.match(text("prefixing is not fixing-free"))).isPresent();
        assertThat(MATCHER.match(text("prefixings everywhere"))).isEmpty();
        assertThat(MATCHER.match(text("the repair cafés of Berlin"))).isEmpty();
    }

    @Test
    void hashtagsMatchFromTagsTheTextDoesNotShow() {
        Heard tagged = new Heard("look at this", List.of("righttorepair"), Optional.empty(), List.of());
        assertThat(reasons(tagged)).containsExactly(new MatchReason(Kind.HASHTAG, "righttorepair"));
        assertThat(MATCHER.match(text("#RightToRepairs is another tag"))).isEmpty();
    }

    @Test
    void exclusionsAndUnlistedLanguagesKeepAPostOut() {
        assertThat(MATCHER.match(text("Fixing giveaway, click here"))).isEmpty();
        assertThat(MATCHER.match(new Heard("fixing bikes", List.of(), Optional.of("fr"), List.of()))).isEmpty();
        assertThat(MATCHER.match(new Heard("fixing bikes", List.of(), Optional.of("de-AT"), List.of()))).isPresent();
        assertThat(MATCHER.match(new Heard("fixing bikes", List.of(), Optional.empty(), List.of()))).isPresent();
    }

    @Test
    void whatPointsAtTheBrandAlwaysBelongsWhateverItsLanguageOrWords() {
        Heard reply = new Heard("merci, giveaway?", List.of(), Optional.of("fr"),
                List.of(new Reference(Pointing.REPLY, BRAND), new Reference(Pointing.MENTION, "did:plc:someone")));
        assertThat(reasons(reply)).containsExactly(new MatchReason(Kind.REPLIES_TO_BRAND, BRAND));
        Heard deepReply = new Heard("and?", List.of(), Optional.empty(),
                List.of(new Reference(Pointing.REPLY, BRAND), new Reference(Pointing.REPLY, BRAND)));
        assertThat(reasons(deepReply)).as("a reply to the brand in the brand's thread is one reason")
                .containsExactly(new MatchReason(Kind.REPLIES_TO_BRAND, BRAND));
        assertThat(reasons(new Heard("", List.of(), Optional.empty(), List.of(new Reference(Pointing.LIKE, BRAND)))))
                .containsExactly(new MatchReason(Kind.LIKES_BRAND, BRAND));
        assertThat(MATCHER.match(new Heard("", List.of(), Optional.empty(),
                List.of(new Reference(Pointing.FOLLOW, "did:plc:someone"))))).isEmpty();
    }

    @Test
    void anEmptyGoalListensOnlyForTheBrand() {
        GoalMatcher empty = GoalMatcher.of(Goal.empty(1), Set.of(BRAND));
        assertThat(empty.listensForGoal()).isFalse();
        assertThat(empty.match(text("fixing anything"))).isEmpty();
        assertThat(empty.match(new Heard("hi", List.of(), Optional.empty(), List.of(new Reference(Pointing.MENTION, BRAND)))))
                .hasValue(List.of(new MatchReason(Kind.MENTIONS_BRAND, BRAND)));
    }

    @Test
    void wordsInOtherScriptsMatchToo() {
        GoalMatcher matcher = GoalMatcher.of(new Goal(1, "", List.of("修理", "ремонт"), List.of(), List.of(), List.of()), Set.of());
        assertThat(matcher.match(text("今日は修理 カフェ"))).isPresent();
        assertThat(matcher.match(text("Ремонт велосипедов"))).isPresent();
        assertThat(matcher.match(text("ремонтировать"))).isEmpty();
    }

    @Test
    void aPostWithoutALanguageIsHeldAgainstTheGoalsLanguagesInTheOneDetected() {
        LanguageDetector byFirstWord = text -> text.startsWith("Wir") ? Optional.of("de")
                : text.startsWith("We") ? Optional.of("en") : Optional.empty();
        GoalMatcher german = GoalMatcher.of(new Goal(1, "", List.of("fixing"), List.of(), List.of("de"), List.of()), Set.of(BRAND),
                byFirstWord);
        assertThat(german.match(text("Wir sind fixing Fahrräder"))).hasValue(List.of(new MatchReason(Kind.KEYWORD, "fixing"),
                new MatchReason(Kind.LANGUAGE_DETECTED, "de")));
        assertThat(german.match(text("We are fixing bikes"))).as("detected English, the goal lists only German").isEmpty();
        assertThat(german.match(text("?? fixing"))).as("no language told: the benefit of the doubt")
                .hasValue(List.of(new MatchReason(Kind.KEYWORD, "fixing")));
        assertThat(german.match(new Heard("We are fixing bikes", List.of(), Optional.of("de"), List.of())))
                .as("a declared language wins over the detected one").hasValue(List.of(new MatchReason(Kind.KEYWORD, "fixing")));
        assertThat(german.match(new Heard("We like the brand", List.of(), Optional.empty(), List.of(new Reference(Pointing.MENTION, BRAND)))))
                .as("a post addressed to the brand stays, whatever its language")
                .hasValue(List.of(new MatchReason(Kind.MENTIONS_BRAND, BRAND), new MatchReason(Kind.LANGUAGE_DETECTED, "en")));
    }

    @Test
    void theLanguageIsDetectedOnlyForPostsThatWouldBeKept() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        GoalMatcher matcher = GoalMatcher.of(GOAL, Set.of(BRAND), text -> {
            asked.incrementAndGet();
            return Optional.of("en");
        });
        assertThat(matcher.match(text("nothing to see here"))).isEmpty();
        assertThat(matcher.match(new Heard("fixing", List.of(), Optional.of("en"), List.of()))).isPresent();
        assertThat(asked).hasValue(0);
        assertThat(matcher.match(text("fixing"))).isPresent();
        assertThat(asked).hasValue(1);
    }

    private static Heard text(String text) {
        return new Heard(text, List.of(), Optional.empty(), List.of());
    }

    private static List<MatchReason> reasons(Heard heard) {
        return MATCHER.match(heard).orElseThrow();
    }
}
