package dev.plaza.federation.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProfileHtmlTest {

    @Test
    void aValueIsEscapedAndItsLinksOpenApartAndCarryRelMe() {
        assertThat(ProfileHtml.inline("see https://fernhill.example/shop?a=1&b=2. <b>now</b>")).isEqualTo(
                "see <a href=\"https://fernhill.example/shop?a=1&amp;b=2\" rel=\"me nofollow noopener noreferrer\""
                        + " target=\"_blank\">fernhill.example/shop?a=1&amp;b=2</a>. &lt;b&gt;now&lt;/b&gt;");
    }

    @Test
    void nothingTypedBecomesMarkupOrAnotherKindOfLink() {
        String html = ProfileHtml.inline("javascript:alert(1) <img src=x onerror=alert(1)> \"quoted\" 'single' https://");

        assertThat(html).doesNotContain("<img").doesNotContain("<a").contains("&lt;img").contains("&quot;quoted&quot;")
                .contains("&#39;single&#39;").endsWith("https://");
        assertThat(ProfileHtml.inline("https://x.example/\"onmouseover=alert(1)"))
                .startsWith("<a href=\"https://x.example/\"").contains("&quot;onmouseover=alert(1)");
    }

    @Test
    void aBioMakesParagraphsAndLineBreaks() {
        assertThat(ProfileHtml.paragraphs("City bikes\nfor everyone\n\nhttps://fernhill.example")).isEqualTo(
                "<p>City bikes<br>for everyone</p><p><a href=\"https://fernhill.example\" rel=\"me nofollow noopener"
                        + " noreferrer\" target=\"_blank\">fernhill.example</a></p>");
        assertThat(ProfileHtml.paragraphs("  \n ")).isEmpty();
    }
}
