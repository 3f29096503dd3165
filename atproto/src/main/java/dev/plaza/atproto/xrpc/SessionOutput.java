package dev.plaza.atproto.xrpc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.syntax.Did;
import java.net.URI;

/** Reads the output of com.atproto.server.createSession and refreshSession into a {@link StoredSession}. */
final class SessionOutput {

    private SessionOutput() {
    }

    static StoredSession read(String nsid, URI service, JsonNode output) {
        String did = required(nsid, service, output, "did");
        if (!Did.isValid(did)) {
            throw new AtprotoException("%s at %s answered the DID \"%s\", which is not a DID".formatted(nsid, service, did));
        }
        return new StoredSession(Did.parse(did), required(nsid, service, output, "handle"), service,
                Jwt.of(required(nsid, service, output, "accessJwt")), Jwt.of(required(nsid, service, output, "refreshJwt")));
    }

    private static String required(String nsid, URI service, JsonNode output, String field) {
        JsonNode value = output.path(field);
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw new AtprotoException("%s at %s answered without \"%s\" (fields: %s)"
                    .formatted(nsid, service, field, fieldNames(output)));
        }
        return value.asText();
    }

    private static String fieldNames(JsonNode output) {
        StringBuilder names = new StringBuilder();
        output.fieldNames().forEachRemaining(name -> names.append(names.isEmpty() ? "" : ", ").append(name));
        return names.toString();
    }
}
