package dev.plaza.atproto.moving;

/**
 * The steps of moving an account to another PDS, in the order the atproto account-migration guide
 * takes them. Each can be run again after an interruption without doing its work twice.
 */
public enum MigrationStep {

    /** The new PDS's com.atproto.server.describeServer: its service DID, whether it wants an invite code. */
    LOOK_UP_NEW_PDS("Look up the new server"),
    /** A service token from the old PDS (getServiceAuth), then createAccount on the new one with the same DID, deactivated. */
    CREATE_ACCOUNT("Create the account on the new server"),
    /** com.atproto.sync.getRepo from the old PDS, verified, then com.atproto.repo.importRepo on the new one. */
    IMPORT_REPO("Copy the repository"),
    /** listMissingBlobs on the new PDS; getBlob from the old and uploadBlob to the new for each, until none is missing. */
    IMPORT_BLOBS("Copy images and videos"),
    /** app.bsky.actor.getPreferences from the old PDS, putPreferences on the new. */
    COPY_PREFERENCES("Copy preferences"),
    /** requestPlcOperationSignature on the old PDS: it emails the account a token. */
    REQUEST_PLC_TOKEN("Email a confirmation code"),
    /** With the emailed token: signPlcOperation on the old PDS with the new one's recommended credentials, submitPlcOperation on the new. */
    UPDATE_IDENTITY("Point the identity at the new server"),
    /** com.atproto.server.activateAccount on the new PDS. */
    ACTIVATE_NEW_ACCOUNT("Activate the account on the new server"),
    /** com.atproto.server.deactivateAccount on the old PDS. */
    DEACTIVATE_OLD_ACCOUNT("Deactivate the account on the old server"),
    /**
     * checkAccountStatus on the new PDS (active, a valid DID, a repository commit, every expected blob),
     * then the DID document read afresh names the new PDS and the handle, which resolves back to the DID.
     */
    CONFIRM("Confirm the move");

    private final String title;

    MigrationStep(String title) {
        this.title = title;
    }

    /** What the step does, in words for the page that guides the move. */
    public String title() {
        return title;
    }

    /** Whether the step needs the token the old PDS emailed before it can run. */
    public boolean needsEmailToken() {
        return this == UPDATE_IDENTITY;
    }
}
