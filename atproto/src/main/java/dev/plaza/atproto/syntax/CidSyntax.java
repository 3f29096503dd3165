package dev.plaza.atproto.syntax;

import dev.plaza.atproto.AtprotoException;
import java.util.regex.Pattern;

/**
 * The textual shape of a CID as the atproto Lexicon "cid" string format checks it: 8 to 256
 * characters of multibase-friendly ASCII (letters, digits, '+', '='), and not a CIDv0 ("Qm…"),
 * which atproto does not use. Whether the text decodes to a real CID is for the CID parser.
 */
public final class CidSyntax {

    private static final Pattern SYNTAX = Pattern.compile("[a-zA-Z0-9+=]{8,256}");
    private static final int CID_V0_LENGTH = 46;

    private CidSyntax() {
    }

    public static String validate(String text) {
        if (!SYNTAX.matcher(text).matches()) {
            throw Refusal.of("CID", text, "expected 8 to 256 letters, digits, '+' or '='");
        }
        if (text.length() == CID_V0_LENGTH && text.startsWith("Qm")) {
            throw Refusal.of("CID", text, "CIDv0 (base58 \"Qm…\") is not used in atproto");
        }
        return text;
    }

    public static boolean isValid(String text) {
        return Refusal.passes(CidSyntax::validate, text);
    }
}
