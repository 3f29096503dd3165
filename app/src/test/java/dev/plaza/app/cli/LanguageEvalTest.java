package dev.plaza.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plaza eval language}: the detector against the language a folder of posts is named after. */
class LanguageEvalTest {

    @Test
    void aFolderNamesItsLanguageByCodeOrEnglishName() {
        assertThat(LanguageFolders.languageOf("xlm-t/german/val")).contains("de");
        assertThat(LanguageFolders.languageOf("posts/pt/train")).contains("pt");
        assertThat(LanguageFolders.languageOf("tweeteval/val")).isEqualTo(Optional.empty());
    }

    @Test
    void countsRightWrongAndUndetectedPosts(@TempDir Path data) throws IOException {
        Path folder = Files.createDirectories(data.resolve("french"));
        Files.writeString(folder.resolve("val_text.txt"), """
                Nous avons passé une excellente soirée avec toute la famille au bord de la mer
                The weather was lovely today and we walked along the river for hours
                ok
                """);
        Files.writeString(folder.resolve("val_labels.txt"), "2\n2\n1\n");

        CliRun run = CliRun.of(Map.of(), "eval", "language", "--data", data.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(l -> l.startsWith("french/val")).findFirst().orElseThrow())
                .matches("french/val\\s+fr\\s+3\\s+33\\.3%\\s+33\\.3%\\s+33\\.3%");
    }
}
