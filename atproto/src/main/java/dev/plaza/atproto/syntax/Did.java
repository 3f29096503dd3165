package dev.plaza.atproto.syntax;

import dev.plaza.atproto.AtprotoException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A decentralized identifier as atproto restricts the generic DID syntax (atproto DID spec):
 * "did:", a lower-case method, ":", then an identifier of ASCII letters, digits and "._:%-" that
 * does not end in ':' or '%'; no path, query or fragment; at most 2 KiB. Accounts use did:plc and
 * did:web, which {@link #parsePlc} and {@link #parseWeb} check strictly.
 */
public record Did(String value) implements AtIdentifier {

    static final int MAX_LENGTH = 2048;
    private static final Pattern METHOD = Pattern.compile("[a-z]+");
    private static final Pattern PLC_IDENTIFIER = Pattern.compile("[a-z2-7]{24}");
    private static final String PORT_SEPARATOR = "%3A";

    public Did {
        check(value);
    }

    public static Did parse(String text) {
        return new Did(text);
    }

    public static boolean isValid(String text) {
        return Refusal.passes(Did::check, text);
    }

    /** A did:plc: its identifier is 24 characters of lower-case base32 (did:plc method spec). */
    public static Did parsePlc(String text) {
        Did did = parse(text);
        if (!did.isPlc() || !PLC_IDENTIFIER.matcher(did.identifier()).matches()) {
            throw Refusal.of("did:plc", text, "expected \"did:plc:\" and 24 characters of a-z and 2-7");
        }
        return did;
    }

    /** A did:web as atproto allows it: a hostname, with an optional port written "%3A", and no path. */
    public static Did parseWeb(String text) {
        Did did = parse(text);
        if (!did.isWeb()) {
            throw Refusal.of("did:web", text, "the method is not \"web\"");
        }
        String identifier = did.identifier();
        if (identifier.contains(":")) {
            throw Refusal.of("did:web", text, "atproto does not use did:web with a path");
        }
        int port = identifier.indexOf(PORT_SEPARATOR);
        String host = port < 0 ? identifier : identifier.substring(0, port);
        if (!Handle.isValid(host) && !host.equals("localhost")) {
            throw Refusal.of("did:web", text, "\"%s\" is not a hostname".formatted(host));
        }
        if (port >= 0 && !identifier.substring(port + PORT_SEPARATOR.length()).matches("[0-9]{1,5}")) {
            throw Refusal.of("did:web", text, "the port after %s is not a number".formatted(PORT_SEPARATOR));
        }
        return did;
    }

    public String method() {
        return value.substring(4, value.indexOf(':', 4));
    }

    /** What follows the method: "7iza6de2dwap2sbkpav7c6c6" of "did:plc:7iza6de2dwap2sbkpav7c6c6". */
    public String identifier() {
        return value.substring(value.indexOf(':', 4) + 1);
    }

    public boolean isPlc() {
        return method().equals("plc");
    }

    public boolean isWeb() {
        return method().equals("web");
    }

    /** For a did:web, the host (and port) its document is served from: "localhost:1234" for "did:web:localhost%3A1234". */
    public Optional<String> webHost() {
        return isWeb() ? Optional.of(identifier().replace(PORT_SEPARATOR, ":")) : Optional.empty();
    }

    private static void check(String text) {
        if (text.length() > MAX_LENGTH) {
            throw Refusal.of("DID", text, "longer than %d characters".formatted(MAX_LENGTH));
        }
        if (!text.startsWith("did:")) {
            throw Refusal.of("DID", text, "a DID starts with \"did:\"");
        }
        int methodEnd = text.indexOf(':', 4);
        if (methodEnd < 0) {
            throw Refusal.of("DID", text, "no ':' after the method");
        }
        if (!METHOD.matcher(text.substring(4, methodEnd)).matches()) {
            throw Refusal.of("DID", text, "the method must be lower-case letters a-z");
        }
        if (methodEnd == text.length() - 1) {
            throw Refusal.of("DID", text, "the identifier after the method is empty");
        }
        for (int i = methodEnd + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isIdentifierChar(c)) {
                throw Refusal.of("DID", text, "%s at %d is not allowed".formatted(Refusal.describe(c), i));
            }
        }
        char last = text.charAt(text.length() - 1);
        if (last == ':' || last == '%') {
            throw Refusal.of("DID", text, "a DID may not end in '%c'".formatted(last));
        }
    }

    private static boolean isIdentifierChar(char c) {
        return Handle.isAsciiLetter(c) || Handle.isAsciiDigit(c) || "._:%-".indexOf(c) >= 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
