package dev.plaza.atproto.lexicon;

import dev.plaza.atproto.syntax.Nsid;
import dev.plaza.atproto.syntax.RecordKey;
import dev.plaza.atproto.syntax.Tid;

/** A record type's "key" rule (atproto record key spec): "tid", "nsid", "any" or "literal:" one key. */
final class RecordKeys {

    private static final String LITERAL = "literal:";

    private RecordKeys() {
    }

    static void checkRule(String rule, SchemaNode where) {
        boolean known = rule.equals("tid") || rule.equals("nsid") || rule.equals("any")
                || (rule.startsWith(LITERAL) && RecordKey.isValid(rule.substring(LITERAL.length())));
        if (!known) {
            throw where.refuse("record key rule \"%s\" is not tid, nsid, any or literal:<record key>".formatted(rule));
        }
    }

    static boolean accepts(String rule, RecordKey key) {
        return switch (rule) {
            case "tid" -> Tid.isValid(key.value());
            case "nsid" -> Nsid.isValid(key.value());
            case "any" -> true;
            default -> rule.substring(LITERAL.length()).equals(key.value());
        };
    }
}
