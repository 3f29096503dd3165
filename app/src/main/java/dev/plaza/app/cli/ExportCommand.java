package dev.plaza.app.cli;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.atproto.identity.IdentitySettings;
import dev.plaza.atproto.identity.VerifiedIdentity;
import dev.plaza.atproto.moving.ExportedRepo;
import dev.plaza.atproto.moving.MigrationPlan;
import dev.plaza.atproto.moving.RepoExport;
import dev.plaza.atproto.syntax.AtIdentifier;
import dev.plaza.core.PlazaException;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Take the brand's data with you.",
        subcommands = {ExportCommand.Bluesky.class})
final class ExportCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "bluesky", mixinStandardHelpOptions = true,
            description = {"Export a Bluesky account's repository (posts, likes, follows, profile) as a .car file,",
                    "read from the PDS its DID document names and checked against its signing key before it is written.",
                    "`plaza import bluesky` reads the file back."})
    static final class Bluesky implements Runnable {

        private static final Duration REPOSITORY_TIMEOUT = Duration.ofMinutes(5);

        @Parameters(index = "0", paramLabel = "HANDLE-OR-DID", description = "the account, such as brand.bsky.social or did:plc:…")
        String account;

        @Parameters(index = "1", paramLabel = "FILE", description = "where to write the repository, such as brand.car")
        Path file;

        @Option(names = "--force", description = "overwrite FILE when it exists")
        boolean force;

        private final GuardSettings guard;
        private final IdentitySettings identity;

        Bluesky() {
            this(GuardSettings.DEFAULT, IdentitySettings.DEFAULT);
        }

        /** With other limits and another PLC directory: for tests against local peers. */
        Bluesky(GuardSettings guard, IdentitySettings identity) {
            this.guard = guard.withMaxResponseBytes(MigrationPlan.DEFAULT_MAX_REPO_BYTES)
                    .withTimeouts(guard.connectTimeout(), REPOSITORY_TIMEOUT);
            this.identity = identity;
        }

        @Override
        public void run() {
            if (Files.exists(file) && !force) {
                throw new IllegalArgumentException("%s exists already; give --force to overwrite it".formatted(file));
            }
            if (!AtIdentifier.isValid(account.strip().replaceFirst("^@", ""))) {
                throw new IllegalArgumentException("'%s' is neither a handle (such as brand.bsky.social) nor a DID (did:plc:…)"
                        .formatted(account));
            }
            long start = System.nanoTime();
            try (GuardedHttpClient http = new GuardedHttpClient(guard)) {
                IdentityResolver identities = new IdentityResolver(http, identity, Clock.systemUTC());
                VerifiedIdentity who = identities.verifiedIdentity(AtIdentifier.parse(account.strip().replaceFirst("^@", "")));
                ExportedRepo exported;
                try (ProgressBars progress = new ProgressBars(System.err)) {
                    exported = new RepoExport(http, identities).toFile(who.did(), file, MigrationPlan.DEFAULT_MAX_REPO_BYTES,
                            bytes -> progress.update("writing", bytes, -1));
                }
                System.out.printf("exported %d records of %s (%s, rev %s, %d bytes) to %s (%.1f s)%n", exported.records(),
                        account.strip(), exported.did(), exported.rev(), exported.bytes(), file,
                        ProgressBars.since(start).toMillis() / 1000.0);
            } catch (AtprotoException e) {
                throw new PlazaException("could not export %s: %s; nothing was written".formatted(account.strip(), e.getMessage()), e);
            }
        }
    }
}
