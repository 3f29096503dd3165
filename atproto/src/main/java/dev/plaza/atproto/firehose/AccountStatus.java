package dev.plaza.atproto.firehose;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.AtprotoException;
import java.util.Optional;

/**
 * An account's hosting status as a relay keeps it: "active", or why not — the reasons of the
 * subscribeRepos#account lexicon ("deactivated", "takendown", "suspended", "deleted",
 * "desynchronized", "throttled"), any other a host sends, or "inactive" when it gives none.
 */
public record AccountStatus(String value) {

    public static final AccountStatus ACTIVE = new AccountStatus("active");
    public static final AccountStatus INACTIVE = new AccountStatus("inactive");
    public static final AccountStatus DEACTIVATED = new AccountStatus("deactivated");
    public static final AccountStatus TAKENDOWN = new AccountStatus("takendown");
    public static final AccountStatus SUSPENDED = new AccountStatus("suspended");
    public static final AccountStatus DELETED = new AccountStatus("deleted");
    public static final AccountStatus DESYNCHRONIZED = new AccountStatus("desynchronized");
    public static final AccountStatus THROTTLED = new AccountStatus("throttled");

    public AccountStatus {
        requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new AtprotoException("an account status is a non-empty string");
        }
    }

    public static AccountStatus of(String value) {
        return new AccountStatus(value);
    }

    /** The status an #account message announces: active, else its reason, else just inactive. */
    public static AccountStatus of(AccountMessage message) {
        return message.active() ? ACTIVE : message.status().map(AccountStatus::new).orElse(INACTIVE);
    }

    public boolean isActive() {
        return equals(ACTIVE);
    }

    /** The reason an inactive account gives; empty for an active one. */
    public Optional<String> reason() {
        return isActive() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
