package dev.plaza.federation.signatures;

import static dev.plaza.federation.signatures.SignatureRejectedException.Reason.DIGEST_MISMATCH;
import static dev.plaza.federation.signatures.SignatureRejectedException.Reason.MALFORMED;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/** Body digests: RFC 3230 {@code Digest} for draft-cavage, RFC 9530 {@code Content-Digest} for RFC 9421. */
final class Digests {

    private static final Map<String, String> JCA_NAMES = Map.of("sha-256", "SHA-256", "sha-512", "SHA-512");

    private Digests() {
    }

    /** {@code SHA-256=base64}, as Mastodon sends it. */
    static String digestHeader(byte[] body) {
        return "SHA-256=" + Base64.getEncoder().encodeToString(hash("sha-256", body));
    }

    /** {@code sha-256=:base64:} (RFC 9530 §2). */
    static String contentDigestHeader(byte[] body) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(hash("sha-256", body)) + ":";
    }

    /** Every SHA-256/512 entry must match; at least one must be present; others (md5, sha) are ignored. */
    static void checkDigest(String header, byte[] body) {
        int checked = 0;
        for (String entry : header.split(",")) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new SignatureRejectedException(MALFORMED, "Digest entry \"%s\" has no '='".formatted(entry.strip()));
            }
            String algorithm = entry.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (JCA_NAMES.containsKey(algorithm)) {
                compare("Digest", algorithm, decode(entry.substring(eq + 1).strip(), "Digest"), body);
                checked++;
            }
        }
        requireOne(checked, "Digest", header);
    }

    static void checkContentDigest(String header, byte[] body) {
        Map<String, Object> members;
        try {
            members = StructuredFields.parseDictionary(header);
        } catch (StructuredFields.ParseException e) {
            throw new SignatureRejectedException(MALFORMED, "Content-Digest is not a structured dictionary: "
                    + e.getMessage(), e);
        }
        int checked = 0;
        for (var member : members.entrySet()) {
            if (JCA_NAMES.containsKey(member.getKey())) {
                if (!(member.getValue() instanceof StructuredFields.Item item && item.value() instanceof byte[] d)) {
                    throw new SignatureRejectedException(MALFORMED,
                            "Content-Digest %s is not a byte sequence (:base64:)".formatted(member.getKey()));
                }
                compare("Content-Digest", member.getKey(), d, body);
                checked++;
            }
        }
        requireOne(checked, "Content-Digest", header);
    }

    private static void compare(String field, String algorithm, byte[] claimed, byte[] body) {
        if (!MessageDigest.isEqual(claimed, hash(algorithm, body))) {
            throw new SignatureRejectedException(DIGEST_MISMATCH, "%s %s does not match the %d-byte body"
                    .formatted(field, algorithm, body.length));
        }
    }

    private static void requireOne(int checked, String field, String header) {
        if (checked == 0) {
            throw new SignatureRejectedException(DIGEST_MISMATCH,
                    "%s \"%s\" has no sha-256 or sha-512 entry".formatted(field, header));
        }
    }

    private static byte[] decode(String base64, String field) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new SignatureRejectedException(MALFORMED, "%s value \"%s\" is not base64".formatted(field, base64), e);
        }
    }

    private static byte[] hash(String algorithm, byte[] body) {
        try {
            return MessageDigest.getInstance(JCA_NAMES.get(algorithm)).digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no " + algorithm, e);
        }
    }
}
