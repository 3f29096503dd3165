package dev.plaza.core.bluesky;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What a move's remaining steps need and the store keeps sealed until the move ends.
 * {@link #toString()} shows none of it.
 *
 * @param accountPassword the account's own password on its old PDS (an app password may not sign identity
 *                        operations nor deactivate the account)
 * @param newPassword     the account's password on the new PDS
 * @param inviteCode      for a new PDS that wants one
 */
public record BlueskyMoveSecrets(String accountPassword, String newPassword, Optional<String> inviteCode) {

    public BlueskyMoveSecrets {
        requireNonNull(accountPassword, "accountPassword");
        requireNonNull(newPassword, "newPassword");
        requireNonNull(inviteCode, "inviteCode");
    }

    @Override
    public String toString() {
        return "the passwords of a Bluesky move" + inviteCode.map(code -> " and its invite code").orElse("") + " (redacted)";
    }
}
