package dev.plaza.channels.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.channels.ImportException;
import dev.plaza.channels.archive.SafeZip;
import dev.plaza.channels.archive.ZipLimits;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.ingest.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.function.LongConsumer;

/**
 * The zip of Mastodon's "Request your archive": outbox.json, likes.json, bookmarks.json,
 * actor.json and media files (app/services/backup_service.rb), optionally with CSV exports added.
 * A zip of CSV exports alone is read too. Media files are never opened.
 */
final class ArchiveReader {

    private static final int REPORT_EVERY = 1000;
    private static final int NAMES_SHOWN = 20;
    private static final Pattern NESTED_ROOT = Pattern.compile("[^/]+/(outbox|actor)\\.json");

    private final SafeZip zip;
    private final String folder;
    private final Progress progress;
    private final BatchBuilder out = new BatchBuilder();

    private ArchiveReader(SafeZip zip, String folder, Progress progress) {
        this.zip = zip;
        this.folder = folder;
        this.progress = progress;
    }

    static MastodonArchive read(Path file, Optional<String> account, ZipLimits limits, Progress progress) {
        try (SafeZip zip = SafeZip.open(file, limits)) {
            ArchiveReader reader = new ArchiveReader(zip, folderOf(zip), progress);
            return reader.read(account);
        }
    }

    /** People re-zip an unpacked archive; then every file sits in one folder. */
    private static String folderOf(SafeZip zip) {
        if (zip.contains("outbox.json") || zip.contains("actor.json")) {
            return "";
        }
        List<String> nested = zip.names().stream().filter(n -> NESTED_ROOT.matcher(n).matches()).toList();
        return nested.isEmpty() ? "" : nested.getFirst().substring(0, nested.getFirst().indexOf('/') + 1);
    }

    private MastodonArchive read(Optional<String> account) {
        List<String> csvs = zip.names().stream().filter(n -> CsvExport.forFileName(n).isPresent()).toList();
        boolean hasOutbox = zip.contains(folder + "outbox.json");
        if (!hasOutbox && csvs.isEmpty()) {
            throw new ImportException("%s is not a Mastodon archive: it has no outbox.json (found: %s)"
                    .formatted(zip.label(), shown(zip.names())));
        }
        Brand brand = brand(account);
        out.identity(brand.identity());
        if (hasOutbox) {
            readOutbox(brand);
        }
        readStatusList(brand, "likes.json", ActivityKind.LIKE);
        readStatusList(brand, "bookmarks.json", ActivityKind.BOOKMARK);
        csvs.forEach(csv -> readCsv(brand, csv));
        progress.update("reading", out.activityCount(), out.activityCount());
        return out.build(brand);
    }

    private Brand brand(Optional<String> account) {
        String actorJson = folder + "actor.json";
        if (!zip.contains(actorJson)) {
            return account.map(ArchiveReader::brandFromAddress).orElseThrow(() -> new ImportException(
                    "%s has no actor.json, so it does not say whose account it holds; name the account (@you@your.server)"
                            .formatted(zip.label())));
        }
        Brand brand;
        try (InputStream in = zip.open(actorJson)) {
            brand = ActorReader.read(zip.label() + ": actor.json", in);
        } catch (IOException e) {
            throw new ImportException("could not read %s: %s".formatted(actorJson, e.getMessage()), e);
        }
        account.flatMap(Acct::parse).filter(named -> !named.stableId().equals(brand.acct().stableId()))
                .ifPresent(named -> {
                    throw new ImportException("%s is the archive of %s, not of %s; import it into that account's workspace"
                            .formatted(zip.label(), brand.acct().handle(), named.handle()));
                });
        return brand;
    }

    static Brand brandFromAddress(String account) {
        Acct acct = Acct.parse(account).orElseThrow(() -> new ImportException(
                "'%s' is not an account address; write it as @user@your.server".formatted(account)));
        return new Brand(acct.identity(), acct);
    }

    private void readOutbox(Brand brand) {
        OutboxItems items = new OutboxItems(brand, out);
        long[] total = {-1};
        long[] done = {0};
        read("outbox.json", "an ActivityStreams outbox", t -> total[0] = t, item -> {
            items.accept(item);
            if (++done[0] % REPORT_EVERY == 0) {
                progress.update("reading", done[0], Math.max(total[0], done[0]));
            }
        });
    }

    private void readStatusList(Brand brand, String name, ActivityKind kind) {
        if (!zip.contains(folder + name)) {
            return;
        }
        Relations relations = new Relations(brand, out, zip.modified(folder + name));
        read(name, "an ActivityStreams collection of post URIs", t -> { }, item -> OutboxItems.idOf(item)
                .ifPresentOrElse(uri -> relations.onStatus(kind, uri), out::skip));
    }

    private void read(String name, String what, LongConsumer total, Consumer<JsonNode> items) {
        try (InputStream in = zip.open(folder + name)) {
            new CollectionReader(zip.label() + ": " + name, what).read(in, total, items);
        } catch (IOException e) {
            throw new ImportException("could not read %s: %s".formatted(name, e.getMessage()), e);
        }
    }

    private void readCsv(Brand brand, String csv) {
        Relations relations = new Relations(brand, out, zip.modified(csv));
        try (InputStream in = zip.open(csv)) {
            new CsvImport(zip.label() + ": " + csv, CsvExport.forFileName(csv).orElseThrow(), relations, out)
                    .read(in, progress);
        } catch (IOException e) {
            throw new ImportException("could not read %s: %s".formatted(csv, e.getMessage()), e);
        }
    }

    private static String shown(List<String> names) {
        if (names.isEmpty()) {
            return "no files";
        }
        String listed = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
        return names.size() <= NAMES_SHOWN ? listed : listed + " and %,d more".formatted(names.size() - NAMES_SHOWN);
    }
}
