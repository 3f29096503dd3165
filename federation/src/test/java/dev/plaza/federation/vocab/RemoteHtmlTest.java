package dev.plaza.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RemoteHtmlTest {

    @Test
    void scriptsAndTheirTextAreDropped() {
        assertThat(RemoteHtml.sanitize("<p>hi<script>alert(1)</script></p>")).isEqualTo("<p>hi</p>");
    }

    @Test
    void eventHandlersAndImagesAreDropped() {
        assertThat(RemoteHtml.sanitize("<p onclick=\"x()\">a<img src=x onerror=alert(1)>b</p>")).isEqualTo("<p>ab</p>");
    }

    @Test
    void stylesIframesAndFormsAreDropped() {
        assertThat(RemoteHtml.sanitize("<style>p{}</style><p style=\"position:fixed\">a</p><iframe src=\"https://x\"></iframe><form><input></form>"))
                .isEqualTo("<p>a</p>");
    }

    @Test
    void javascriptAndDataLinksLoseTheirHref() {
        assertThat(RemoteHtml.sanitize("<a href=\"javascript:alert(1)\">x</a>")).isEqualTo("x");
        assertThat(RemoteHtml.sanitize("<a href=\"  JAVASCRIPT:alert(1)\">x</a>")).isEqualTo("x");
        assertThat(RemoteHtml.sanitize("<a href=\"data:text/html,<script>\">x</a>")).isEqualTo("x");
    }

    @Test
    void webAndMailLinksOpenApartAndCarryNoReferrer() {
        assertThat(RemoteHtml.sanitize("<a href=\"https://a.example/\" rel=\"me\" target=\"_self\">a</a>"))
                .isEqualTo("<a href=\"https://a.example/\" target=\"_blank\" rel=\"nofollow noopener noreferrer ugc\">a</a>");
        assertThat(RemoteHtml.sanitize("<a href=\"mailto:a@a.example\">mail</a>")).contains("href=\"mailto:a&#64;a.example\"");
    }

    @Test
    void mentionSpansKeepTheirClassesAndLoseTheRest() {
        String mention = "<span class=\"h-card\" translate=\"no\"><a href=\"https://b.example/@bob\" class=\"u-url mention\">"
                + "@<span>bob</span></a></span>";
        // '@' comes back as the entity &#64;, which browsers show as '@'
        assertThat(RemoteHtml.sanitize(mention)).isEqualTo("<span class=\"h-card\"><a href=\"https://b.example/&#64;bob\" "
                + "class=\"mention\" target=\"_blank\" rel=\"nofollow noopener noreferrer ugc\">&#64;<span>bob</span></a></span>");
        assertThat(RemoteHtml.sanitize("<span class=\"invisible\">https://</span><span class=\"ellipsis\">a.example/lo</span>"
                + "<span class=\"evil-overlay\">x</span>"))
                .isEqualTo("<span class=\"invisible\">https://</span><span class=\"ellipsis\">a.example/lo</span><span>x</span>");
    }

    @Test
    void formattingMarkupSurvives() {
        String html = "<p><strong>a</strong><em>b</em><b>c</b><i>d</i><u>e</u><code>f</code></p><pre>g</pre>"
                + "<blockquote>h</blockquote><ul><li>i</li></ul><ol><li>j</li></ol><p>k<br />l</p>";
        assertThat(RemoteHtml.sanitize(html)).isEqualTo(html);
    }

    @Test
    void plainTextKeepsWordsAndLineBreaksAndDecodesEntities() {
        assertThat(RemoteHtml.plainText("<p>Hello &amp; <a href=\"https://b.example/@bob\">@<span>bob</span></a></p>"
                + "<p>line<br>two</p><script>evil()</script><ul><li>one</li><li>two</li></ul>"))
                .isEqualTo("Hello & @bob\n\nline\ntwo\n\none\ntwo");
        assertThat(RemoteHtml.plainText("")).isEmpty();
    }

    @Test
    void theTextOfSanitizedHtmlIsThePlainTextOfTheOriginal() {
        String html = "<p>Hello &amp; <a href=\"https://b.example/@bob\">@<span>bob</span></a></p><p>line<br>two</p>"
                + "<script>evil()</script>";
        assertThat(RemoteHtml.textOfSanitized(RemoteHtml.sanitize(html))).isEqualTo(RemoteHtml.plainText(html))
                .isEqualTo("Hello & @bob\n\nline\ntwo");
    }
}
