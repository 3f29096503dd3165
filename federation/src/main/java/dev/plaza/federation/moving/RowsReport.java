package dev.plaza.federation.moving;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What a list import did: a one-line summary and each row that failed, the rest having gone on. */
public record RowsReport(String summary, List<RowFailure> failures) {

    /** A row that could not be done, and why (an unknown account, a refusal). */
    public record RowFailure(int line, String account, String reason) {

        public RowFailure {
            requireNonNull(account, "account");
            requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return "line %d, %s: %s".formatted(line, account, reason);
        }
    }

    public RowsReport {
        requireNonNull(summary, "summary");
        failures = List.copyOf(failures);
    }
}
