package dev.plaza.atproto.bsky;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RichTextTest {

    private static final Did ALICE = Did.parse("did:plc:aliceaaaaaaaaaaaaaaaaaaa");
    private static final Did BOB = Did.parse("did:plc:bobbbbbbbbbbbbbbbbbbbbbb");

    private final List<Handle> lookedUp = new ArrayList<>();
    private final HandleToDid handles = handle -> {
        lookedUp.add(handle);
        return Optional.ofNullable(Map.of("alice.test", ALICE, "bob.example.com", BOB).get(handle.value()));
    };

    @Test
    void asciiTextHasByteOffsetsEqualToItsCharOffsets() {
        String text = "hi @alice.test see https://example.com #plaza";

        List<Facet> facets = RichText.facets(text, handles);

        assertThat(facets).containsExactly(
                new Facet(3, 14, new FacetFeature.Mention(ALICE)),
                new Facet(19, 38, new FacetFeature.Link("https://example.com")),
                new Facet(39, 45, new FacetFeature.Tag("plaza")));
    }

    @Test
    void emojiBeforeAMentionCountFourBytesPerCodePoint() {
        // 👋🏽 is two code points (hand, skin tone), four chars in Java, eight bytes in UTF-8
        String text = "👋🏽 @alice.test";

        List<Facet> facets = RichText.facets(text, handles);

        assertThat(text.indexOf('@')).isEqualTo(5);
        assertThat(facets).containsExactly(new Facet(9, 20, new FacetFeature.Mention(ALICE)));
        assertThat(slices(text, facets)).containsExactly("@alice.test");
    }

    @Test
    void cjkTextCountsThreeBytesPerCharacterInsideAndBeforeATag() {
        String text = "日本語 #タグ と https://例え.jp/パス";

        List<Facet> facets = RichText.facets(text, handles);

        assertThat(facets).containsExactly(
                new Facet(10, 17, new FacetFeature.Tag("タグ")),
                new Facet(22, 46, new FacetFeature.Link("https://%E4%BE%8B%E3%81%88.jp/%E3%83%91%E3%82%B9")));
        assertThat(slices(text, facets)).containsExactly("#タグ", "https://例え.jp/パス");
    }

    @Test
    void combiningCharactersCountTheirOwnBytes() {
        // "café" with e + U+0301 COMBINING ACUTE ACCENT: five chars, six bytes, four graphemes
        String text = "cafe\u0301 @bob.example.com #cafe\u0301";

        List<Facet> facets = RichText.facets(text, handles);

        assertThat(facets).containsExactly(
                new Facet(7, 23, new FacetFeature.Mention(BOB)),
                new Facet(24, 31, new FacetFeature.Tag("cafe\u0301")));
        assertThat(slices(text, facets)).containsExactly("@bob.example.com", "#cafe\u0301");
    }

    @Test
    void aZeroWidthJoinerSequenceIsOneGraphemeButEighteenBytes() {
        String text = "👨‍👩‍👧 #family";

        List<Facet> facets = RichText.facets(text, handles);

        assertThat(facets).containsExactly(new Facet(19, 26, new FacetFeature.Tag("family")));
    }

    @Test
    void linksLoseOneTrailingSentencePunctuationAndAnUnopenedParenthesis() {
        assertThat(links("see https://example.com/path.")).containsExactly("https://example.com/path");
        assertThat(links("(https://example.com/a)")).containsExactly("https://example.com/a");
        assertThat(links("(https://example.com/a).")).containsExactly("https://example.com/a");
        assertThat(links("https://en.wikipedia.org/wiki/Fish_(disambiguation)"))
                .containsExactly("https://en.wikipedia.org/wiki/Fish_(disambiguation)");
        assertThat(links("wow https://example.com/?!")).containsExactly("https://example.com/?");
        assertThat(links("HTTP://EXAMPLE.COM/X, then")).containsExactly("HTTP://EXAMPLE.COM/X");
        // İ lower-cases to two chars: finding the scheme must not shift the span
        assertThat(RichText.facets("İzmir https://example.com/x", handles))
                .containsExactly(new Facet(7, 28, new FacetFeature.Link("https://example.com/x")));
    }

    @Test
    void onlyHttpAndHttpsUrlsThatStartAWordAreLinks() {
        assertThat(links("xhttps://example.com ftp://example.com https:// https:/// mailto:a@example.com example.com"))
                .isEmpty();
        assertThat(links("first:https://example.com")).isEmpty();
    }

    @Test
    void aHashtagIsNotOnlyDigitsAndLeavesTrailingPunctuationOut() {
        assertThat(tags("#1 #123! #1a #2024_")).containsExactly("1a");
        assertThat(tags("#tag, #tag. #tag!? #foo.bar")).containsExactly("tag", "tag", "tag", "foo.bar");
        assertThat(tags("a#tag #tag#more ##double")).containsExactly("tag#more", "#double");
    }

    @Test
    void aHashtagEndsAtWhiteSpaceOrAnInvisibleSeparator() {
        assertThat(tags("#hello world #zero\u200Bwidth #nb\u00A0space #ideo\u3000graphic")).containsExactly(
                "hello", "zero", "nb", "ideo");
    }

    @Test
    void aHashtagIsAtMost64Graphemes() {
        String longest = "a".repeat(64);
        String emoji = "👍".repeat(64);

        assertThat(tags("#" + longest)).containsExactly(longest);
        assertThat(tags("#" + longest + "a")).isEmpty();
        assertThat(tags("#" + emoji)).containsExactly(emoji);
        assertThat(tags("#" + emoji + "👍")).isEmpty();
    }

    @Test
    void theKeycapEmojiIsNotAHashtagButTheFullWidthSignIs() {
        assertThat(tags("#\uFE0F\u20E3 ＃タグ")).containsExactly("タグ");
    }

    @Test
    void mentionsStartAWordOrFollowAParenthesisAndDropTrailingDotsAndHyphens() {
        String text = "@alice.test. (@alice.test) bob@alice.test @alice.test- @alice.test_x";

        List<Facet> facets = RichText.facets(text, handles);

        assertThat(slices(text, facets)).containsExactly("@alice.test", "@alice.test", "@alice.test");
        assertThat(lookedUp).containsExactly(Handle.parse("alice.test"));
    }

    @Test
    void aMentionNoAccountHasStaysPlainTextAndHandlesAreLookedUpInLowerCase() {
        String text = "@Nobody.Test @notahandle @Alice.Test";

        List<Facet> facets = RichText.facets(text, handles);

        assertThat(facets).containsExactly(new Facet(25, 36, new FacetFeature.Mention(ALICE)));
        assertThat(lookedUp).containsExactly(Handle.parse("nobody.test"), Handle.parse("alice.test"));
    }

    @Test
    void facetsNeverOverlap() {
        String text = "https://example.com/(@alice.test)";

        assertThat(RichText.facets(text, handles)).containsExactly(new Facet(0, 33, new FacetFeature.Link(text)));
    }

    private List<String> links(String text) {
        return RichText.facets(text, handles).stream()
                .map(Facet::feature).map(f -> ((FacetFeature.Link) f).uri()).toList();
    }

    private List<String> tags(String text) {
        return RichText.facets(text, handles).stream()
                .map(Facet::feature).map(f -> ((FacetFeature.Tag) f).tag()).toList();
    }

    /** Each facet's bytes of the UTF-8 text, decoded: what a reader of the record sees it cover. */
    static List<String> slices(String text, List<Facet> facets) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return facets.stream()
                .map(f -> new String(Arrays.copyOfRange(utf8, f.byteStart(), f.byteEnd()), StandardCharsets.UTF_8))
                .toList();
    }
}
