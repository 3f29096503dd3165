package dev.plaza.atproto.lexicon;

import dev.plaza.atproto.syntax.AtIdentifier;
import dev.plaza.atproto.syntax.AtUri;
import dev.plaza.atproto.syntax.CidSyntax;
import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.atproto.syntax.LanguageTag;
import dev.plaza.atproto.syntax.Nsid;
import dev.plaza.atproto.syntax.RecordKey;
import dev.plaza.atproto.syntax.Tid;
import dev.plaza.atproto.syntax.Uri;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/** The string formats a Lexicon schema can require (atproto Lexicon spec), each checked by its syntax. */
public enum StringFormat {
    AT_IDENTIFIER("at-identifier", AtIdentifier::isValid),
    AT_URI("at-uri", AtUri::isValid),
    CID("cid", CidSyntax::isValid),
    DATETIME("datetime", Datetime::isValid),
    DID("did", Did::isValid),
    HANDLE("handle", Handle::isValid),
    NSID("nsid", Nsid::isValid),
    TID("tid", Tid::isValid),
    RECORD_KEY("record-key", RecordKey::isValid),
    URI("uri", Uri::isValid),
    LANGUAGE("language", LanguageTag::isValid);

    private final String schemaName;
    private final Predicate<String> check;

    StringFormat(String schemaName, Predicate<String> check) {
        this.schemaName = schemaName;
        this.check = check;
    }

    public static Optional<StringFormat> named(String schemaName) {
        return Arrays.stream(values()).filter(format -> format.schemaName.equals(schemaName)).findFirst();
    }

    public String schemaName() {
        return schemaName;
    }

    public boolean accepts(String value) {
        return check.test(value);
    }
}
