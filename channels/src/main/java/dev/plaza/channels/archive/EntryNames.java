package dev.plaza.channels.archive;

import java.util.Optional;

/** Why an entry name could escape the folder it would be extracted to ("zip slip"), if it could. */
final class EntryNames {

    private EntryNames() {
    }

    static Optional<String> unsafe(String name) {
        if (name.isEmpty()) {
            return Optional.of("an empty name");
        }
        if (name.indexOf('\\') >= 0) {
            return Optional.of("a backslash");
        }
        if (name.indexOf('\0') >= 0) {
            return Optional.of("a NUL character");
        }
        if (name.startsWith("/") || (name.length() > 1 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0)))) {
            return Optional.of("an absolute path");
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return Optional.of("a '..' segment");
            }
        }
        return Optional.empty();
    }
}
