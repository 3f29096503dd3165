package dev.plaza.atproto.moving;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.syntax.Did;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link MigrationState} as JSON, to keep between steps and read back after a restart. */
public final class MigrationStates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MigrationStates() {
    }

    public static String toJson(MigrationState state) {
        ObjectNode json = JSON.createObjectNode().put("did", state.did().value());
        ArrayNode done = json.putArray("done");
        state.done().forEach(step -> done.add(step.name()));
        state.newPdsDid().ifPresent(did -> json.put("newPdsDid", did));
        json.put("records", state.records());
        state.repoRev().ifPresent(rev -> json.put("repoRev", rev));
        json.put("blobsCopied", state.blobsCopied());
        ArrayNode unavailable = json.putArray("blobsUnavailable");
        state.blobsUnavailable().forEach(unavailable::add);
        state.tokenRequestedAt().ifPresent(at -> json.put("tokenRequestedAt", at.toString()));
        state.signedPlcOperation().ifPresent(op -> json.put("signedPlcOperation", op));
        state.finalStatus().ifPresent(status -> json.set("finalStatus", JSON.valueToTree(status)));
        return json.toString();
    }

    public static MigrationState fromJson(String text) {
        try {
            JsonNode json = JSON.readTree(text);
            List<MigrationStep> done = new ArrayList<>();
            json.path("done").forEach(step -> done.add(MigrationStep.valueOf(step.asText())));
            List<String> unavailable = new ArrayList<>();
            json.path("blobsUnavailable").forEach(cid -> unavailable.add(cid.asText()));
            return new MigrationState(Did.parse(json.path("did").asText()), done, text(json, "newPdsDid"),
                    json.path("records").asInt(), text(json, "repoRev"), json.path("blobsCopied").asInt(), unavailable,
                    text(json, "tokenRequestedAt").map(Instant::parse), text(json, "signedPlcOperation"),
                    json.has("finalStatus") ? Optional.of(AccountStatus.read(json.get("finalStatus"))) : Optional.empty());
        } catch (JsonProcessingException | RuntimeException e) {
            throw new AtprotoException("a kept migration state could not be read: " + e.getMessage(), e);
        }
    }

    private static Optional<String> text(JsonNode json, String field) {
        return json.path(field).isTextual() ? Optional.of(json.get(field).asText()) : Optional.empty();
    }
}
