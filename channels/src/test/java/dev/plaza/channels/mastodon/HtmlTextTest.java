package dev.plaza.channels.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void paragraphsAndLineBreaksBecomeNewlines() {
        assertThat(HtmlText.of("<p>one<br>two</p><p>three</p>")).isEqualTo("one\ntwo\n\nthree");
    }

    @Test
    void entitiesAreDecodedOnce() {
        assertThat(HtmlText.of("<p>fish &amp; chips &lt;3 &amp;amp; &#x1F600;</p>")).isEqualTo("fish & chips <3 &amp; \uD83D\uDE00");
    }

    @Test
    void mastodonsShortenedLinksReadAsTheWholeUrl() {
        assertThat(HtmlText.of("<p>see <a href=\"https://docs.example/guide/very/long\" rel=\"nofollow noopener\" "
                + "target=\"_blank\"><span class=\"invisible\">https://</span><span class=\"ellipsis\">docs.example/guide/</span>"
                + "<span class=\"invisible\">very/long</span></a></p>")).isEqualTo("see https://docs.example/guide/very/long");
    }

    @Test
    void scriptsAndStylesLeaveNothing() {
        assertThat(HtmlText.of("<style>p{}</style><p>ok</p><script>alert('x')</script><noscript><p>hidden</p></noscript>"))
                .isEqualTo("ok");
    }

    @Test
    void whitespaceCollapsesLikeABrowserShowsIt() {
        assertThat(HtmlText.of("<p>  a \n\t b  </p>\n<p> c</p>")).isEqualTo("a b\n\nc");
    }

    @Test
    void plainTextAndEmptyContentPassThrough() {
        assertThat(HtmlText.of("just text")).isEqualTo("just text");
        assertThat(HtmlText.of("")).isEmpty();
    }
}
