package dev.plaza.app.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The language a folder of posts is named after: its ISO 639-1 code ("de") or its English name ("german"). */
final class LanguageFolders {

    private LanguageFolders() {
    }

    /** The code of the last folder of {@code path} that names a language. */
    static Optional<String> languageOf(String path) {
        String[] folders = path.split("/");
        for (int i = folders.length - 1; i >= 0; i--) {
            Optional<String> code = code(folders[i].toLowerCase(Locale.ROOT));
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> code(String folder) {
        return Arrays.stream(Locale.getISOLanguages())
                .filter(code -> code.equals(folder)
                        || Locale.of(code).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(folder))
                .findFirst();
    }
}
