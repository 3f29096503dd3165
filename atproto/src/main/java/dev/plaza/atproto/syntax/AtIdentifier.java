package dev.plaza.atproto.syntax;

/** Where an account is named in AT-URIs and API calls: either its handle or its DID. */
public sealed interface AtIdentifier permits Handle, Did {

    String value();

    static AtIdentifier parse(String text) {
        return text.startsWith("did:") ? Did.parse(text) : Handle.parse(text);
    }

    static boolean isValid(String text) {
        return text.startsWith("did:") ? Did.isValid(text) : Handle.isValid(text);
    }
}
