package dev.plaza.federation.signatures;

import dev.plaza.net.SignableRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import static dev.plaza.federation.signatures.SignatureRejectedException.Reason.MISSING_HEADER;

/** The string draft-cavage-http-signatures-12 §2.3 signs: one "name: value" line per covered header. */
final class DraftCavageSigningString {

    private DraftCavageSigningString() {
    }

    /** @param target what (request-target) stands for: path and query, or (Fedify) the path alone */
    static byte[] build(SignableRequest request, List<String> headers, String target,
                        Optional<Long> created, Optional<Long> expires) {
        return headers.stream()
                .map(name -> name + ": " + value(request, name, target, created, expires))
                .collect(Collectors.joining("\n"))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String value(SignableRequest request, String name, String target,
                                Optional<Long> created, Optional<Long> expires) {
        return switch (name) {
            case "(request-target)" -> request.method().toLowerCase(Locale.ROOT) + " " + target;
            case "(created)" -> created.map(String::valueOf).orElseThrow(() -> missing("(created) is signed but the created parameter is absent"));
            case "(expires)" -> expires.map(String::valueOf).orElseThrow(() -> missing("(expires) is signed but the expires parameter is absent"));
            case "host" -> request.headers().combined("host").orElse(request.authority());
            default -> request.headers().combined(name)
                    .orElseThrow(() -> missing("the signature covers %s but the request has no %s header".formatted(name, name)));
        };
    }

    private static SignatureRejectedException missing(String message) {
        return new SignatureRejectedException(MISSING_HEADER, message);
    }
}
