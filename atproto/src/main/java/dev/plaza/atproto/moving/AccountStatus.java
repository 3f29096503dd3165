package dev.plaza.atproto.moving;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a PDS says of an account it holds (com.atproto.server.checkAccountStatus): whether it is
 * active, whether its DID document names this PDS and its key, its repository's commit, and how many
 * of the blobs its records use the PDS has.
 */
public record AccountStatus(boolean activated, boolean validDid, String repoCommit, String repoRev, long repoBlocks,
                            long indexedRecords, long expectedBlobs, long importedBlobs) {

    static final String CHECK_ACCOUNT_STATUS = "com.atproto.server.checkAccountStatus";

    public AccountStatus {
        requireNonNull(repoCommit, "repoCommit");
        requireNonNull(repoRev, "repoRev");
    }

    static AccountStatus read(JsonNode output) {
        return new AccountStatus(output.path("activated").asBoolean(false), output.path("validDid").asBoolean(false),
                output.path("repoCommit").asText(""), output.path("repoRev").asText(""), output.path("repoBlocks").asLong(0),
                output.path("indexedRecords").asLong(0), output.path("expectedBlobs").asLong(0),
                output.path("importedBlobs").asLong(0));
    }

    /**
     * What keeps the account from being settled on this PDS, in words; empty when nothing does.
     *
     * @param unavailableBlobs blobs the old PDS no longer had, which the new one cannot have either
     */
    List<String> shortcomings(long unavailableBlobs) {
        List<String> wrong = new ArrayList<>();
        if (!activated) {
            wrong.add("the account is not active");
        }
        if (!validDid) {
            wrong.add("its DID document does not name this PDS and its signing key");
        }
        if (repoCommit.isEmpty()) {
            wrong.add("it has no repository commit");
        }
        if (importedBlobs + unavailableBlobs < expectedBlobs) {
            wrong.add("it has %d of the %d blobs its records use".formatted(importedBlobs, expectedBlobs));
        }
        return wrong;
    }
}
