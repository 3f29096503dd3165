package dev.plaza.federation.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.publishing.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComposerTest {

    private final List<String> looked = new ArrayList<>();
    private final Composer composer = new Composer("brand.example", "https://brand.example/tags/", handle -> {
        looked.add(handle);
        if (handle.startsWith("@nobody")) {
            throw new IllegalArgumentException("could not find " + handle);
        }
        return new Mention("https://" + handle.substring(handle.lastIndexOf('@') + 1) + "/users/"
                + handle.substring(1, handle.lastIndexOf('@')), handle);
    });

    @Test
    void paragraphsLineBreaksAndEscapedText() {
        ComposedText text = composer.compose("Hello <b>&</b> \"you\"\nsecond line\n\nnew paragraph");

        assertThat(text.html()).isEqualTo("<p>Hello &lt;b&gt;&amp;&lt;/b&gt; &quot;you&quot;<br>second line</p><p>new paragraph</p>");
    }

    @Test
    void mentionsByHandleResolveOnceAndEndASentence() {
        ComposedText text = composer.compose("Thanks @ana@social.example. And @ana@Social.Example again, @team!");

        assertThat(text.mentions()).extracting(Mention::actorUri)
                .containsExactly("https://social.example/users/ana", "https://brand.example/users/team");
        assertThat(looked).containsExactly("@ana@social.example", "@team@brand.example");
        assertThat(text.html()).contains("<a href=\"https://social.example/users/ana\" class=\"u-url mention\">@<span>ana</span></a></span>. And")
                .endsWith("@<span>team</span></a></span>!</p>");
    }

    @Test
    void hashtagsInAnyScriptAndLinksWithoutTrailingPunctuation() {
        ComposedText text = composer.compose("#Bikes and #vélo and #自転車, see https://fernhill.example/a?b=1&c=2. Not #123 or a#b");

        assertThat(text.hashtags()).containsExactly("Bikes", "vélo", "自転車");
        assertThat(text.html())
                .contains("<a href=\"https://brand.example/tags/bikes\" class=\"mention hashtag\" rel=\"tag\">#<span>Bikes</span></a>")
                .contains("<a href=\"https://fernhill.example/a?b=1&amp;c=2\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">fernhill.example/a?b=1&amp;c=2</a>.")
                .contains("Not #123 or a#b");
    }

    @Test
    void anEmailAddressIsNotAMention() {
        ComposedText text = composer.compose("write to info@fernhill.example");

        assertThat(text.mentions()).isEmpty();
        assertThat(text.html()).isEqualTo("<p>write to info@fernhill.example</p>");
    }

    @Test
    void aBlueskyHandleWithoutAHostStaysTextForNoUsernameHereHasADot() {
        ComposedText text = composer.compose("hi @alice.bsky.social and @team.");

        assertThat(text.html()).startsWith("<p>hi @alice.bsky.social and <span class=\"h-card\"");
        assertThat(text.mentions()).extracting(Mention::actorUri).containsExactly("https://brand.example/users/team");
    }

    @Test
    void anUnknownHandleRefusesTheDraft() {
        assertThatThrownBy(() -> composer.compose("hi @nobody@social.example"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("@nobody@social.example");
    }
}
