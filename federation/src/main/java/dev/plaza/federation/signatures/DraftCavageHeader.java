package dev.plaza.federation.signatures;

import static dev.plaza.federation.signatures.SignatureRejectedException.Reason.MALFORMED;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Signature} header of draft-cavage-http-signatures-12 §4.1:
 * {@code keyId="…",algorithm="…",headers="…",signature="…"} plus optional created/expires.
 */
record DraftCavageHeader(URI keyId, Optional<String> algorithm, List<String> headers, byte[] signature,
                         Optional<Long> created, Optional<Long> expires) {

    /** Strict about syntax (quotes, commas, duplicates); unknown parameters are ignored as §2.2 requires. */
    static DraftCavageHeader parse(String value) {
        Map<String, String> params = parameters(value);
        String keyId = required(params, "keyId");
        String signature = required(params, "signature");
        // §2.1.6: without a headers parameter only (created) is signed.
        List<String> headers = Arrays.asList(params.getOrDefault("headers", "(created)").strip().toLowerCase(java.util.Locale.ROOT).split(" +"));
        try {
            return new DraftCavageHeader(absolute(keyId), Optional.ofNullable(params.get("algorithm")), List.copyOf(headers),
                    Base64.getDecoder().decode(signature), number(params, "created"), number(params, "expires"));
        } catch (IllegalArgumentException e) {
            throw new SignatureRejectedException(MALFORMED, "the Signature header's signature is not base64", e);
        }
    }

    String format() {
        StringBuilder out = new StringBuilder("keyId=\"").append(keyId).append('"');
        algorithm.ifPresent(a -> out.append(",algorithm=\"").append(a).append('"'));
        created.ifPresent(c -> out.append(",created=").append(c));
        expires.ifPresent(e -> out.append(",expires=").append(e));
        return out.append(",headers=\"").append(String.join(" ", headers))
                .append("\",signature=\"").append(Base64.getEncoder().encodeToString(signature)).append('"')
                .toString();
    }

    private static Map<String, String> parameters(String value) {
        Map<String, String> params = new LinkedHashMap<>();
        int pos = 0;
        int length = value.length();
        while (pos < length) {
            int eq = value.indexOf('=', pos);
            if (eq < 0) {
                throw malformed(value, "parameter at character %d has no '='".formatted(pos));
            }
            String name = value.substring(pos, eq).strip();
            if (!name.matches("[A-Za-z]+")) {
                throw malformed(value, "\"%s\" is not a parameter name".formatted(name));
            }
            String param;
            int next;
            if (eq + 1 < length && value.charAt(eq + 1) == '"') {
                int close = value.indexOf('"', eq + 2);
                if (close < 0) {
                    throw malformed(value, "the value of %s is not closed with '\"'".formatted(name));
                }
                param = value.substring(eq + 2, close);
                next = close + 1;
            } else {
                next = eq + 1;
                while (next < length && Character.isDigit(value.charAt(next))) {
                    next++;
                }
                param = value.substring(eq + 1, next);
                if (param.isEmpty()) {
                    throw malformed(value, "the value of %s is neither quoted nor a number".formatted(name));
                }
            }
            if (params.put(name, param) != null) {
                throw malformed(value, "parameter %s appears twice".formatted(name));
            }
            while (next < length && value.charAt(next) == ' ') {
                next++;
            }
            if (next < length && value.charAt(next) != ',') {
                throw malformed(value, "expected ',' after %s".formatted(name));
            }
            pos = next + 1;
            if (next == length - 1) {
                throw malformed(value, "it ends with a comma");
            }
        }
        return params;
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isEmpty()) {
            throw new SignatureRejectedException(MALFORMED, "the Signature header has no %s parameter".formatted(name));
        }
        return value;
    }

    private static Optional<Long> number(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.matches("\\d{1,12}")) {
            throw new SignatureRejectedException(MALFORMED,
                    "the Signature header's %s \"%s\" is not a Unix time in seconds".formatted(name, value));
        }
        return Optional.of(Long.parseLong(value));
    }

    private static URI absolute(String keyId) {
        try {
            URI uri = new URI(keyId);
            if (uri.isAbsolute() && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new SignatureRejectedException(MALFORMED, "keyId \"%s\" is not an absolute URI".formatted(keyId));
    }

    private static SignatureRejectedException malformed(String value, String what) {
        return new SignatureRejectedException(MALFORMED,
                "the Signature header is malformed: %s (in %s)".formatted(what, value));
    }
}
