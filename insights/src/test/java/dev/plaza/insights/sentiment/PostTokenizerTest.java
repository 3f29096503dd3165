package dev.plaza.insights.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostTokenizerTest {

    @Test
    void mentionsAndLinksBecomePlaceholders() {
        assertThat(PostTokenizer.tokens("@ana@social.example loved it https://example.com/x?y=1"))
                .containsExactly("<user>", "loved", "it", "<url>");
    }

    @Test
    void repeatedLettersAreCutToTwoAndCaseIsDropped() {
        assertThat(PostTokenizer.tokens("Sooooo GOOOOD")).containsExactly("soo", "good");
    }

    @Test
    void emojiKeepTheirJoinedPartsButNotSkinTones() {
        assertThat(PostTokenizer.tokens("great 👍🏽 👨‍👩‍👧")).containsExactly("great", "👍", "👨‍👩‍👧");
    }

    @Test
    void wordsInAnyScriptKeepTheirMarks() {
        assertThat(PostTokenizer.tokens("बहुत अच्छा! رائع جدا")).containsExactly("बहुत", "अच्छा", "!", "رائع", "جدا");
    }

    @Test
    void emoticonsExclamationsAndClauseEnds() {
        assertThat(PostTokenizer.tokens("not good, :( really?!!!")).containsExactly("not", "good", "<,>", ":(", "really", "?", "!!");
    }

    @Test
    void apostrophesInsideWordsStay() {
        assertThat(PostTokenizer.tokens("I don’t like it's 'quoted'")).containsExactly("i", "don't", "like", "it's", "quoted");
    }
}
