package dev.plaza.app.cli;

import dev.plaza.app.BlueskyRepositoryImporter;
import dev.plaza.app.MastodonArchiveImporter;
import dev.plaza.core.ingest.IngestResult;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Bring in history from elsewhere.",
        subcommands = {ImportCommand.Mastodon.class, ImportCommand.Bluesky.class})
final class ImportCommand implements Runnable {

    @ParentCommand
    PlazaCommand root;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "mastodon", mixinStandardHelpOptions = true,
            description = {"Import a Mastodon archive (the zip from \"Request your archive\") or one of its CSV exports.",
                    "Importing the same file again adds nothing; a bad file is refused and nothing is written."})
    static final class Mastodon implements Runnable {

        @ParentCommand
        ImportCommand parent;

        @Parameters(paramLabel = "FILE", description = "archive .zip, or a CSV export (following_accounts.csv, …)")
        Path file;

        @Option(names = "--account", paramLabel = "@USER@HOST",
                description = "the brand's account; needed for CSV exports, which do not say whose they are")
        String account;

        @Option(names = "--workspace", paramLabel = "SLUG", description = "workspace to import into (default: the main one)")
        String workspace;

        @Override
        public void run() {
            Context.inWorkspace(parent.root, workspace, (store, target) -> {
                long start = System.nanoTime();
                IngestResult result;
                try (ProgressBars progress = new ProgressBars(System.err)) {
                    result = new MastodonArchiveImporter(store).importMastodon(target.id(), file,
                            Optional.ofNullable(account), progress);
                }
                System.out.printf("%s (%.1f s)%n", result.summary(), ProgressBars.since(start).toMillis() / 1000.0);
            });
        }
    }

    @Command(name = "bluesky", mixinStandardHelpOptions = true,
            description = {"Import a Bluesky repository export (the .car file of Settings → Account → Export my data,",
                    "or of com.atproto.sync.getRepo): posts, replies, quotes, likes, reposts and follows.",
                    "Importing the same file again adds nothing; a bad file is refused and nothing is written."})
    static final class Bluesky implements Runnable {

        @ParentCommand
        ImportCommand parent;

        @Parameters(paramLabel = "FILE", description = "the repository export, a .car file")
        Path file;

        @Option(names = "--workspace", paramLabel = "SLUG", description = "workspace to import into (default: the main one)")
        String workspace;

        @Override
        public void run() {
            Context.inWorkspace(parent.root, workspace, (store, target) -> {
                long start = System.nanoTime();
                BlueskyRepositoryImporter.Imported imported;
                try (ProgressBars progress = new ProgressBars(System.err)) {
                    imported = new BlueskyRepositoryImporter(store).importRepository(target.id(), file, progress);
                }
                System.out.printf("%s (%.1f s)%n", imported.summary(), ProgressBars.since(start).toMillis() / 1000.0);
            });
        }
    }
}
