package dev.plaza.insights.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.sentiment.Sentiment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledPostsTest {

    @TempDir
    Path dir;

    private void pair(String name, String texts, String labels) throws IOException {
        Path text = dir.resolve(name + "_text.txt");
        Files.createDirectories(text.getParent());
        Files.writeString(text, texts);
        Files.writeString(dir.resolve(name + "_labels.txt"), labels);
    }

    @Test
    void findsEveryPairAtAnyDepthInNameOrder() throws IOException {
        pair("b/deep/val", "great\nawful\n", "2\n0\n");
        pair("a_train", "fine\n", "1\n");

        var pairs = LabelledPosts.findAll(dir);

        assertThat(pairs).extracting(LabelledPosts::name).containsExactly("a_train", "b/deep/val");
        assertThat(pairs.get(1).texts()).containsExactly("great", "awful");
        assertThat(pairs.get(1).labels()).containsExactly(Sentiment.POSITIVE, Sentiment.NEGATIVE);
    }

    @Test
    void readsTheEscapesTheDataWritesCharactersAs() throws IOException {
        pair("x", "I\\u2019m happy \\\\ ok\n", "2\n");

        assertThat(LabelledPosts.findAll(dir).getFirst().texts()).containsExactly("I’m happy \\\\ ok");
    }

    @Test
    void aLabelOtherThanZeroOneOrTwoIsNamedWithItsLine() throws IOException {
        pair("x", "a\nb\n", "1\npositive\n");

        assertThatThrownBy(() -> LabelledPosts.findAll(dir))
                .hasMessageContaining("x_labels.txt line 2").hasMessageContaining("\"positive\"")
                .hasMessageContaining("0 (negative), 1 (neutral) or 2 (positive)");
    }

    @Test
    void postsAndLabelsMustPair() throws IOException {
        pair("x", "a\nb\nc\n", "1\n2\n");

        assertThatThrownBy(() -> LabelledPosts.findAll(dir)).hasMessageContaining("x has 3 posts but 2 labels");
    }

    @Test
    void aTextFileWithoutLabelsOrAnEmptyFolderIsSaidSo() throws IOException {
        assertThatThrownBy(() -> LabelledPosts.findAll(dir)).hasMessageContaining("no NAME_text.txt file under");
        Files.writeString(dir.resolve("lonely_text.txt"), "a\n");
        assertThatThrownBy(() -> LabelledPosts.findAll(dir)).hasMessageContaining("lonely_labels.txt is missing");
    }
}
