package dev.plaza.atproto.lexicon;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.syntax.Nsid;
import java.util.regex.Pattern;

/**
 * References between Lexicon definitions (atproto Lexicon spec): "nsid#name", "nsid" for the
 * main definition, and "#name" within the same document. Kept absolute, as "nsid#name".
 */
final class Refs {

    static final String MAIN = "main";
    private static final Pattern DEF_NAME = Pattern.compile("[a-zA-Z0-9_-]+");

    private Refs() {
    }

    static String absolute(String ref, Nsid context) {
        if (ref.startsWith("#")) {
            return context.value() + "#" + checkedName(ref.substring(1), ref);
        }
        return absolute(ref);
    }

    /** Also the form a "$type" takes: "nsid" or "nsid#name". */
    static String absolute(String ref) {
        int hash = ref.indexOf('#');
        String nsid = hash < 0 ? ref : ref.substring(0, hash);
        if (!Nsid.isValid(nsid)) {
            throw new AtprotoException("reference \"%s\" does not start with a valid NSID".formatted(ref));
        }
        return nsid + "#" + (hash < 0 ? MAIN : checkedName(ref.substring(hash + 1), ref));
    }

    static String checkedName(String name, String ref) {
        if (!DEF_NAME.matcher(name).matches()) {
            throw new AtprotoException("\"%s\" does not name a definition (letters, digits, '_' and '-')".formatted(ref));
        }
        return name;
    }

    static Nsid nsid(String absoluteRef) {
        return Nsid.parse(absoluteRef.substring(0, absoluteRef.indexOf('#')));
    }

    static String name(String absoluteRef) {
        return absoluteRef.substring(absoluteRef.indexOf('#') + 1);
    }
}
