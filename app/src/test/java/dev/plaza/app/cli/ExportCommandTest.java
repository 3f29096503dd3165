package dev.plaza.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.atproto.bsky.BskyAccount;
import dev.plaza.atproto.bsky.PostDraft;
import dev.plaza.atproto.bsky.StrongRef;
import dev.plaza.atproto.car.CarReader;
import dev.plaza.atproto.identity.IdentitySettings;
import dev.plaza.atproto.peer.AtprotoPeer;
import dev.plaza.atproto.peer.PeerAccount;
import dev.plaza.atproto.repo.Repository;
import dev.plaza.atproto.xrpc.AppPassword;
import dev.plaza.atproto.xrpc.AppPasswordSession;
import dev.plaza.atproto.xrpc.InMemorySessionStore;
import dev.plaza.atproto.xrpc.SessionOptions;
import dev.plaza.atproto.xrpc.XrpcClient;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code plaza export bluesky} against the reference PDS: the file is the account's verified repository. */
class ExportCommandTest {

    private static AtprotoPeer peer;
    private static GuardedHttpClient http;
    private static PeerAccount brand;
    private static StrongRef post;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        peer = AtprotoPeer.start();
        http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
        XrpcClient pds = new XrpcClient(http, peer.pdsUrl());
        brand = PeerAccount.create(pds, "exported.test");
        post = BskyAccount.of(AppPasswordSession.login(pds, AppPassword.of(brand.handle(), brand.appPassword()),
                new InMemorySessionStore(), SessionOptions.DEFAULT)).post(PostDraft.of("written before the export"));
    }

    @AfterAll
    static void stop() {
        http.close();
        peer.close();
    }

    @Test
    void theExportIsTheAccountsRepositoryWithItsRecords() throws IOException {
        Path file = dir.resolve("brand.car");

        CliRun run = plaza("export", "bluesky", brand.did().value(), file.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("exported 1 records of " + brand.did().value()).contains(file.toString());
        Repository repository = Repository.of(CarReader.readAll(Files.readAllBytes(file)));
        assertThat(repository.commit().did()).isEqualTo(brand.did().value());
        assertThat(repository.record("app.bsky.feed.post/" + post.uri().recordKey().orElseThrow().value()).orElseThrow()
                .toString()).contains("written before the export");
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws IOException {
        Path file = dir.resolve("kept.car");
        Files.writeString(file, "something the operator wrote");

        CliRun refused = plaza("export", "bluesky", brand.did().value(), file.toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("kept.car exists already; give --force to overwrite it");
        assertThat(Files.readString(file)).isEqualTo("something the operator wrote");

        CliRun forced = plaza("export", "bluesky", "--force", brand.did().value(), file.toString());

        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(Repository.of(CarReader.readAll(Files.readAllBytes(file))).commit().did()).isEqualTo(brand.did().value());
    }

    @Test
    void anAccountThatCannotBeFoundIsRefusedWithNothingWritten() {
        Path file = dir.resolve("nobody.car");

        CliRun run = plaza("export", "bluesky", "did:plc:nobodynobodynobodynobody", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("could not export did:plc:nobodynobodynobodynobody").contains("nothing was written");
        assertThat(file).doesNotExist();
    }

    private CliRun plaza(String... args) {
        CommandLine.IFactory peers = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == ExportCommand.Bluesky.class
                        ? type.cast(new ExportCommand.Bluesky(GuardSettings.forLoopbackTests(),
                                IdentitySettings.DEFAULT.withPlcDirectory(peer.plcUrl())))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        return CliRun.of(Map.of(), peers, args);
    }
}
