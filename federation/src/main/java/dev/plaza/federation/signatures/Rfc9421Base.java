package dev.plaza.federation.signatures;

import dev.plaza.net.SignableRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import static dev.plaza.federation.signatures.SignatureRejectedException.Reason.MALFORMED;
import static dev.plaza.federation.signatures.SignatureRejectedException.Reason.MISSING_HEADER;

/** The signature base of RFC 9421 §2.5, built from the component values of §2.1 (fields) and §2.2 (derived). */
final class Rfc9421Base {

    private Rfc9421Base() {
    }

    /** One {@code "name": value} line per component, then {@code "@signature-params": <the inner list>}. */
    static byte[] build(SignableRequest request, StructuredFields.InnerList signatureParams) {
        StringBuilder base = new StringBuilder();
        Set<String> seen = new HashSet<>();
        for (StructuredFields.Item item : signatureParams.items()) {
            if (!(item.value() instanceof String name)) {
                throw new SignatureRejectedException(MALFORMED, "covered component %s is not a quoted string".formatted(item.value()));
            }
            if (!item.params().isEmpty()) {
                throw new SignatureRejectedException(MALFORMED,
                        "component parameters (%s on \"%s\") are not supported".formatted(item.params().keySet(), name));
            }
            // §2.5 step 2.1: a component may be covered only once.
            if (!seen.add(name)) {
                throw new SignatureRejectedException(MALFORMED, "component \"%s\" is covered twice".formatted(name));
            }
            base.append('"').append(name).append("\": ").append(value(request, name)).append('\n');
        }
        base.append("\"@signature-params\": ").append(StructuredFields.serialize(signatureParams));
        return base.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String value(SignableRequest request, String name) {
        return switch (name) {
            case "@method" -> request.method();
            case "@target-uri" -> request.targetUri();
            case "@authority" -> request.authority();
            case "@scheme" -> request.uri().getScheme().toLowerCase(Locale.ROOT);
            case "@request-target" -> request.pathAndQuery();
            case "@path" -> request.path();
            // §2.2.7: the query with its leading "?", or "?" alone when there is none.
            case "@query" -> "?" + (request.uri().getRawQuery() == null ? "" : request.uri().getRawQuery());
            default -> {
                if (name.startsWith("@")) {
                    throw new SignatureRejectedException(MALFORMED,
                            "derived component \"%s\" is not supported in requests".formatted(name));
                }
                if (!name.equals(name.toLowerCase(Locale.ROOT))) {
                    throw new SignatureRejectedException(MALFORMED,
                            "component \"%s\" must be lower case (§2.1)".formatted(name));
                }
                yield request.headers().combined(name).orElseThrow(() -> new SignatureRejectedException(MISSING_HEADER,
                        "the signature covers \"%s\" but the request has no %s header".formatted(name, name)));
            }
        };
    }
}
