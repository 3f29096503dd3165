package dev.plaza.web.bluesky;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.atproto.moving.ExportProgress;
import dev.plaza.atproto.moving.ExportedRepo;
import dev.plaza.atproto.moving.MigrationPlan;
import dev.plaza.atproto.moving.RepoExport;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.core.bluesky.BlueskyAccount;
import dev.plaza.net.GuardedHttpClient;
import java.io.OutputStream;
import java.time.LocalDate;

/** The connected account's repository as a CAR file, read from its PDS and verified before a byte is written. */
public final class BlueskyExports {

    private final RepoExport export;

    /** @param http with a response size limit of at least {@link MigrationPlan#DEFAULT_MAX_REPO_BYTES} */
    public BlueskyExports(GuardedHttpClient http, IdentityResolver identities) {
        this.export = new RepoExport(requireNonNull(http, "http"), requireNonNull(identities, "identities"));
    }

    public ExportedRepo write(BlueskyAccount account, OutputStream out) {
        try {
            return export.toStream(Did.parse(account.did()), out, MigrationPlan.DEFAULT_MAX_REPO_BYTES, ExportProgress.NONE);
        } catch (RuntimeException e) {
            throw BlueskyFailure.explain("Could not export the repository of @" + account.handle(), account.pdsUrl(), e);
        }
    }

    /** {@code <handle>-<date>.car} */
    public static String fileName(BlueskyAccount account, LocalDate date) {
        return account.handle() + "-" + date + ".car";
    }
}
