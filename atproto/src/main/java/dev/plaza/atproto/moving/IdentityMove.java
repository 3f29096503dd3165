package dev.plaza.atproto.moving;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.xrpc.Secret;
import dev.plaza.atproto.xrpc.XrpcSession;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Points the account's did:plc at the new PDS: the new PDS recommends the credentials (its signing
 * key, rotation key, endpoint, the handle), the old PDS signs the PLC operation once the account
 * proves it reads its email (the token), the new PDS submits it to the PLC directory.
 */
final class IdentityMove {

    static final String REQUEST_SIGNATURE = "com.atproto.identity.requestPlcOperationSignature";
    static final String RECOMMENDED_CREDENTIALS = "com.atproto.identity.getRecommendedDidCredentials";
    static final String SIGN = "com.atproto.identity.signPlcOperation";
    static final String SUBMIT = "com.atproto.identity.submitPlcOperation";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final XrpcSession oldAccount;
    private final XrpcSession newAccount;

    IdentityMove(XrpcSession oldAccount, XrpcSession newAccount) {
        this.oldAccount = oldAccount;
        this.newAccount = newAccount;
    }

    /** Whether the DID document already names the new PDS and its key: the new PDS's own check. */
    boolean isMoved() {
        return AccountStatus.read(newAccount.query(AccountStatus.CHECK_ACCOUNT_STATUS, Map.of())).validDid();
    }

    MigrationState requestToken(MigrationState state, Clock clock) {
        oldAccount.procedure(REQUEST_SIGNATURE);
        return state.withTokenRequestedAt(clock.instant());
    }

    MigrationState update(AccountMigration.Progress progress, Optional<Secret> emailToken) {
        if (isMoved()) {
            return progress.state();
        }
        JsonNode operation = progress.state().signedPlcOperation().map(IdentityMove::parse)
                .orElseGet(() -> sign(progress, emailToken));
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.set("operation", operation);
        newAccount.procedure(SUBMIT, input);
        return progress.state();
    }

    /** The signed operation, kept in the state before it is submitted: the token is spent once it is signed. */
    private JsonNode sign(AccountMigration.Progress progress, Optional<Secret> emailToken) {
        Secret token = emailToken.orElseThrow(() -> new AtprotoException(
                "the identity update needs the token %s emailed; the move waits for it".formatted(REQUEST_SIGNATURE)));
        JsonNode recommended = newAccount.query(RECOMMENDED_CREDENTIALS, Map.of());
        if (!recommended.isObject()) {
            throw new AtprotoException("%s answered %s, not credentials".formatted(RECOMMENDED_CREDENTIALS, recommended));
        }
        ObjectNode input = ((ObjectNode) recommended).deepCopy().put("token", token.reveal());
        JsonNode operation = oldAccount.procedure(SIGN, input).path("operation");
        if (!operation.isObject()) {
            throw new AtprotoException("%s answered no operation".formatted(SIGN));
        }
        progress.update(progress.state().withSignedPlcOperation(operation.toString()));
        return operation;
    }

    private static JsonNode parse(String operation) {
        try {
            return JSON.readTree(operation);
        } catch (JsonProcessingException e) {
            throw new AtprotoException("the kept PLC operation is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
