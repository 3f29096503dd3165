package dev.plaza.web.bluesky;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What the team gives to move the brand's Bluesky account, as typed in the form.
 *
 * @param newHandle       empty to keep the current handle, when the new server serves its domain
 * @param accountPassword the account's own password on its current server
 * @param newPassword     the account's password on the new server
 */
public record MoveRequest(String newPdsUrl, Optional<String> newHandle, String email, String accountPassword,
        String newPassword, Optional<String> inviteCode) {

    public MoveRequest {
        requireNonNull(newPdsUrl, "newPdsUrl");
        newHandle = newHandle.map(String::strip).map(h -> h.replaceFirst("^@", "")).filter(h -> !h.isEmpty());
        requireNonNull(email, "email");
        requireNonNull(accountPassword, "accountPassword");
        requireNonNull(newPassword, "newPassword");
        inviteCode = inviteCode.map(String::strip).filter(c -> !c.isEmpty());
    }

    @Override
    public String toString() {
        return "moving to %s as %s (passwords redacted)".formatted(newPdsUrl, newHandle.orElse("the current handle"));
    }
}
