package dev.plaza.atproto.bsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.cid.Codec;
import dev.plaza.atproto.syntax.AtUri;
import dev.plaza.atproto.syntax.LanguageTag;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostDraftTest {

    private static final StrongRef QUOTED = new StrongRef(
            AtUri.parse("at://did:plc:aliceaaaaaaaaaaaaaaaaaaa/app.bsky.feed.post/3jzfcijpj2z2a"),
            Cid.of(Codec.DAG_CBOR, new byte[] {(byte) 0xa0}));

    @Test
    void threeHundredGraphemesArePostableHoweverManyCharsTheyTake() {
        String families = "👨‍👩‍👧".repeat(100);
        String accents = "e\u0301".repeat(300);

        assertThat(families.length()).isEqualTo(800);
        assertThat(PostDraft.of("a".repeat(300)).text()).hasSize(300);
        assertThat(PostDraft.of(families).text()).isEqualTo(families);
        assertThat(PostDraft.of(accents).text()).hasSize(600);
    }

    @Test
    void aPostOver300GraphemesIsRefusedSayingHowLongItIs() {
        assertThatThrownBy(() -> PostDraft.of("a".repeat(250) + "👍".repeat(51)))
                .isInstanceOf(AtprotoException.class)
                .hasMessageStartingWith("a Bluesky post is at most 300 characters (graphemes); this one has 301: \"aaaa")
                .hasMessageEndingWith("…\"");
    }

    @Test
    void aPostOver3000BytesIsRefusedEvenWithin300Graphemes() {
        String families = "👨‍👩‍👧‍👦".repeat(150);

        assertThatThrownBy(() -> PostDraft.of(families))
                .isInstanceOf(AtprotoException.class)
                .hasMessageContaining("at most 3000 bytes of UTF-8; this one has 3750");
    }

    @Test
    void languagesAreBcp47TagsAndAtMostThree() {
        PostDraft draft = PostDraft.of("olá").inLanguages("pt-BR", "en");

        assertThat(draft.languages()).containsExactly(LanguageTag.parse("pt-BR"), LanguageTag.parse("en"));
        assertThatThrownBy(() -> PostDraft.of("hi").inLanguages("en_US"))
                .isInstanceOf(AtprotoException.class)
                .hasMessageStartingWith("a post's languages are BCP 47 tags: \"en_US\" is not a valid language tag");
        assertThatThrownBy(() -> PostDraft.of("hi").inLanguages("en", "fr", "de", "ja"))
                .isInstanceOf(AtprotoException.class)
                .hasMessageContaining("at most 3 languages; this one names 4");
    }

    @Test
    void anEmptyPostMustQuoteSomething() {
        assertThatThrownBy(() -> PostDraft.of(" "))
                .isInstanceOf(AtprotoException.class)
                .hasMessage("a Bluesky post needs text, or a post it quotes");
        assertThat(new PostDraft("", List.of(), Optional.empty(), Optional.empty(), Optional.of(QUOTED)).quote())
                .contains(QUOTED);
    }

    @Test
    void textUtf8CannotCarryIsRefused() {
        assertThatThrownBy(() -> PostDraft.of("broken \uD83D here"))
                .isInstanceOf(AtprotoException.class)
                .hasMessageContaining("lone surrogate (U+D83D) at char 7");
    }
}
