package dev.plaza.atproto.moving;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.atproto.xrpc.Secret;
import dev.plaza.atproto.xrpc.XrpcSession;
import java.net.URI;
import java.util.Optional;

/**
 * What moving an account needs to know.
 *
 * @param oldAccount   the account on its current PDS, logged in with the account's own password: an app
 *                     password may not sign identity operations or deactivate the account
 * @param oldPds       that PDS's URL, where the repository and blobs are read from
 * @param newPds       the PDS the account moves to
 * @param newHandle    the handle on the new PDS (the same one, when it is the brand's own domain)
 * @param email        the account's email on the new PDS
 * @param password     the account's password on the new PDS
 * @param inviteCode   for a new PDS that wants one
 * @param maxRepoBytes the largest repository CAR accepted
 */
public record MigrationPlan(XrpcSession oldAccount, URI oldPds, URI newPds, Handle newHandle, String email,
                            Secret password, Optional<Secret> inviteCode, long maxRepoBytes) {

    public static final long DEFAULT_MAX_REPO_BYTES = 512L * 1024 * 1024;

    public MigrationPlan {
        requireNonNull(oldAccount, "oldAccount");
        requireNonNull(oldPds, "oldPds");
        requireNonNull(newPds, "newPds");
        requireNonNull(newHandle, "newHandle");
        requireNonNull(email, "email");
        requireNonNull(password, "password");
        requireNonNull(inviteCode, "inviteCode");
        if (oldPds.equals(newPds)) {
            throw new AtprotoException("%s is already the PDS of %s: there is nowhere to move it".formatted(newPds, oldAccount.did()));
        }
        if (maxRepoBytes <= 0) {
            throw new IllegalArgumentException("the repository size cap is positive, not " + maxRepoBytes);
        }
    }

    /** Without an invite code, with the default repository size cap. */
    public static MigrationPlan of(XrpcSession oldAccount, URI oldPds, URI newPds, Handle newHandle, String email,
                                   Secret password) {
        return new MigrationPlan(oldAccount, oldPds, newPds, newHandle, email, password, Optional.empty(),
                DEFAULT_MAX_REPO_BYTES);
    }

    public MigrationPlan withInviteCode(Secret code) {
        return new MigrationPlan(oldAccount, oldPds, newPds, newHandle, email, password, Optional.of(code), maxRepoBytes);
    }

    public Did did() {
        return oldAccount.did();
    }

    @Override
    public String toString() {
        return "moving %s from %s to %s as %s".formatted(did(), oldPds, newPds, newHandle);
    }
}
