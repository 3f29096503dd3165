package dev.plaza.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.community.Platform;
import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void namesMeetAcrossCaseWidthAndCompatibilityFormsInAnyScript() {
        assertThat(NameKeys.name("ＡＬＩＣＥ  Smith")).isEqualTo(NameKeys.name("alice smith"));
        assertThat(NameKeys.name("АЛИСА Петрова")).isEqualTo(NameKeys.name("алиса петрова"));
        assertThat(NameKeys.name("ΣΟΦΊΑ")).isEqualTo(NameKeys.name("σοφία"));
        assertThat(NameKeys.name("STRASSE")).isEqualTo(NameKeys.name("straße"));
        assertThat(NameKeys.name("ｶﾀｶﾅ")).isEqualTo(NameKeys.name("カタカナ"));
        assertThat(NameKeys.name("山田太郎")).contains("山田太郎");
        assertThat(NameKeys.name("अनीता शर्मा")).contains("अनीता शर्मा");
        assertThat(NameKeys.name("محمد علي")).contains("محمد علي");
    }

    @Test
    void aNameTooShortToMeanAnythingHasNoKey() {
        assertThat(NameKeys.name(" A ")).isEmpty();
        assertThat(NameKeys.name("")).isEmpty();
    }

    @Test
    void similarityCountsSharedTrigramsInAnyScript() {
        assertThat(NameKeys.similarity("jonathan smithers", "jonathon smithers")).isBetween(0.6, 0.9);
        assertThat(NameKeys.similarity("александра кузнецова", "александра кузнецов")).isBetween(0.7, 0.99);
        assertThat(NameKeys.similarity("山田太郎", "山田太郎")).isEqualTo(1.0);
        assertThat(NameKeys.similarity("mary jones", "александра")).isZero();
        assertThat(NameKeys.words("Anna-Maria  O'Neil")).containsExactly("anna", "maria", "neil");
    }

    @Test
    void theLocalPartOfAHandleIsWhatItsOwnerChose() {
        assertThat(NameKeys.handleLocalPart(Platform.FEDIVERSE, "@Alice@social.example")).contains("alice");
        assertThat(NameKeys.handleLocalPart(Platform.BLUESKY, "alice.bsky.social")).contains("alice");
        assertThat(NameKeys.handleLocalPart(Platform.FEDIVERSE, "@Алиса@social.example")).contains("алиса");
    }
}
