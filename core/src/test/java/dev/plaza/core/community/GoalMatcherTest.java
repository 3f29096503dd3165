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

    private static Heard text(String text) {
        return new Heard(text, List.of(), Optional.empty(), List.of());
    }

    private static List<MatchReason> reasons(Heard heard) {
        return MATCHER.match(heard).orElseThrow();
    }
}
