package dev.plaza.atproto.moving;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.syntax.Did;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How far moving an account has come: the steps done (always the first ones, in order), what they
 * learned, and whether the move waits for the token the old PDS emailed. Small enough to keep after
 * every step ({@link MigrationStates} writes it as JSON), so that a page can show the move and carry on
 * after a restart. It holds no secret: the emailed token is given to the step that uses it, never kept.
 *
 * @param done               the steps done, a prefix of {@link MigrationStep}'s order
 * @param newPdsDid          the new PDS's service DID, once looked up
 * @param records            the records of the repository copied
 * @param repoRev            the revision of the repository copied
 * @param blobsCopied        blobs uploaded to the new PDS so far
 * @param blobsUnavailable   CIDs of blobs the records use that the old PDS no longer had
 * @param tokenRequestedAt   when the old PDS was asked to email the token
 * @param signedPlcOperation the identity update the old PDS signed, as JSON, kept until the new PDS submitted it
 *                           (the emailed token is spent by then)
 * @param finalStatus        the new PDS's account status when the move was confirmed
 */
public record MigrationState(Did did, List<MigrationStep> done, Optional<String> newPdsDid, int records,
                             Optional<String> repoRev, int blobsCopied, List<String> blobsUnavailable,
                             Optional<Instant> tokenRequestedAt, Optional<String> signedPlcOperation,
                             Optional<AccountStatus> finalStatus) {

    private static final List<MigrationStep> ORDER = List.of(MigrationStep.values());

    public MigrationState {
        requireNonNull(did, "did");
        done = List.copyOf(done);
        requireNonNull(newPdsDid, "newPdsDid");
        requireNonNull(repoRev, "repoRev");
        blobsUnavailable = List.copyOf(blobsUnavailable);
        requireNonNull(tokenRequestedAt, "tokenRequestedAt");
        requireNonNull(signedPlcOperation, "signedPlcOperation");
        requireNonNull(finalStatus, "finalStatus");
        if (!done.equals(ORDER.subList(0, Math.min(done.size(), ORDER.size())))) {
            throw new IllegalArgumentException("the steps done are the first ones, in order (%s); not %s"
                    .formatted(ORDER, done));
        }
        if (records < 0 || blobsCopied < 0) {
            throw new IllegalArgumentException("counts are not negative: %d records, %d blobs".formatted(records, blobsCopied));
        }
    }

    /** Nothing done yet. */
    public static MigrationState start(Did did) {
        return new MigrationState(did, List.of(), Optional.empty(), 0, Optional.empty(), 0, List.of(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** The step to run next; empty once the move is confirmed. */
    public Optional<MigrationStep> next() {
        return done.size() == ORDER.size() ? Optional.empty() : Optional.of(ORDER.get(done.size()));
    }

    public List<MigrationStep> remaining() {
        return ORDER.subList(done.size(), ORDER.size());
    }

    public boolean isDone(MigrationStep step) {
        return done.contains(step);
    }

    public boolean isComplete() {
        return next().isEmpty();
    }

    /** Whether the move can go on only with the token the old PDS emailed: a page asks for it now. */
    public boolean awaitsEmailToken() {
        return next().filter(MigrationStep::needsEmailToken).isPresent() && signedPlcOperation.isEmpty();
    }

    /** With {@code step}, the next one, done. */
    public MigrationState completed(MigrationStep step) {
        if (!next().equals(Optional.of(step))) {
            throw new IllegalStateException("%s is not the next step of moving %s; the next is %s"
                    .formatted(step, did, next().map(Enum::name).orElse("none: the move is complete")));
        }
        return withDone(plus(step));
    }

    /**
     * Back to before {@code step}, to do it and what follows again: for a new emailed token
     * ({@code backTo(REQUEST_PLC_TOKEN)}), which forgets the signed identity update too.
     */
    public MigrationState backTo(MigrationStep step) {
        List<MigrationStep> kept = done.subList(0, Math.min(done.size(), step.ordinal()));
        boolean identityRedone = step.compareTo(MigrationStep.UPDATE_IDENTITY) <= 0;
        return new MigrationState(did, kept, newPdsDid, records, repoRev, blobsCopied, blobsUnavailable,
                step.compareTo(MigrationStep.REQUEST_PLC_TOKEN) <= 0 ? Optional.empty() : tokenRequestedAt,
                identityRedone ? Optional.empty() : signedPlcOperation, Optional.empty());
    }

    public MigrationState withNewPdsDid(String serviceDid) {
        return new MigrationState(did, done, Optional.of(serviceDid), records, repoRev, blobsCopied, blobsUnavailable,
                tokenRequestedAt, signedPlcOperation, finalStatus);
    }

    public MigrationState withRepo(int recordCount, String rev) {
        return new MigrationState(did, done, newPdsDid, recordCount, Optional.of(rev), blobsCopied, blobsUnavailable,
                tokenRequestedAt, signedPlcOperation, finalStatus);
    }

    public MigrationState withBlobs(int copied, List<String> unavailable) {
        return new MigrationState(did, done, newPdsDid, records, repoRev, copied, unavailable, tokenRequestedAt,
                signedPlcOperation, finalStatus);
    }

    public MigrationState withTokenRequestedAt(Instant at) {
        return new MigrationState(did, done, newPdsDid, records, repoRev, blobsCopied, blobsUnavailable, Optional.of(at),
                signedPlcOperation, finalStatus);
    }

    public MigrationState withSignedPlcOperation(String operationJson) {
        return new MigrationState(did, done, newPdsDid, records, repoRev, blobsCopied, blobsUnavailable, tokenRequestedAt,
                Optional.of(operationJson), finalStatus);
    }

    public MigrationState withFinalStatus(AccountStatus status) {
        return new MigrationState(did, done, newPdsDid, records, repoRev, blobsCopied, blobsUnavailable, tokenRequestedAt,
                signedPlcOperation, Optional.of(status));
    }

    private MigrationState withDone(List<MigrationStep> steps) {
        return new MigrationState(did, steps, newPdsDid, records, repoRev, blobsCopied, blobsUnavailable, tokenRequestedAt,
                signedPlcOperation, finalStatus);
    }

    private List<MigrationStep> plus(MigrationStep step) {
        MigrationStep[] steps = Arrays.copyOf(done.toArray(MigrationStep[]::new), done.size() + 1);
        steps[done.size()] = step;
        return List.of(steps);
    }
}
