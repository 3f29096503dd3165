package dev.plaza.atproto.moving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.atproto.bsky.BskyAccount;
import dev.plaza.atproto.bsky.HandleToDid;
import dev.plaza.atproto.bsky.PostDraft;
import dev.plaza.atproto.bsky.StrongRef;
import dev.plaza.atproto.car.CarReader;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.identity.DidDocument;
import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.atproto.identity.IdentitySettings;
import dev.plaza.atproto.peer.AtprotoPeer;
import dev.plaza.atproto.peer.PeerMail;
import dev.plaza.atproto.repo.Repository;
import dev.plaza.atproto.syntax.AtUri;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.atproto.xrpc.AppPassword;
import dev.plaza.atproto.xrpc.AppPasswordSession;
import dev.plaza.atproto.xrpc.InMemorySessionStore;
import dev.plaza.atproto.xrpc.Secret;
import dev.plaza.atproto.xrpc.SessionOptions;
import dev.plaza.atproto.xrpc.XrpcClient;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A brand's account exported from and moved between two reference PDSs that share a PLC directory. The peer's
 * PDSs have no Bluesky app view, so they keep no preferences: the move's preferences step finds none to copy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MovingPeerTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String NEW_PASSWORD = "a new password on the new server";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(20);
    private static final long CAP = 10L * 1024 * 1024;

    private AtprotoPeer peer;
    private GuardedHttpClient http;
    private IdentityResolver identities;
    private Account alice;

    private record Account(Did did, Handle handle, String email, AppPasswordSession session) {
    }

    /** What a brand wrote before moving. */
    private record Written(StrongRef greeting, StrongRef withImage, Cid image, byte[] imageBytes, StrongRef like,
                           StrongRef follow) {
    }

    @BeforeAll
    void startPeer() {
        peer = AtprotoPeer.start(2);
        http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
        identities = new IdentityResolver(http, IdentitySettings.DEFAULT.withPlcDirectory(peer.plcUrl()), Clock.systemUTC());
        alice = createAccount(0, "alice.test");
    }

    @AfterAll
    void stopPeer() {
        if (http != null) {
            http.close();
        }
        if (peer != null) {
            peer.close();
        }
    }

    @Test
    void theExportIsAVerifiedRepositoryWithEveryRecordAndTheBlobsBeside(@TempDir Path dir) throws IOException {
        Account brand = createAccount(0, "exporter.test");
        Written written = writeEverything(brand);
        List<Long> progress = new ArrayList<>();
        Path file = dir.resolve("exports").resolve("exporter.car");

        ExportedRepo export = new RepoExport(http, identities).toFile(brand.did(), file, CAP, progress::add);

        byte[] car = Files.readAllBytes(file);
        Repository repository = Repository.of(CarReader.readAll(car));
        repository.verify(identities.resolveDid(brand.did()).signingKey().orElseThrow());
        assertThat(export.did()).isEqualTo(brand.did());
        assertThat(export.records()).isEqualTo(4);
        assertThat(export.bytes()).isEqualTo(car.length);
        assertThat(export.commit()).isEqualTo(repository.commit().cid());
        assertThat(progress).isNotEmpty().isSorted().last().isEqualTo((long) car.length);
        assertThat(repository.record(path(written.greeting())).orElseThrow().toString()).contains("hello from the brand");
        assertThat(repository.record(path(written.withImage())).orElseThrow().toString()).contains(written.image().toString());
        assertThat(repository.record(path(written.like()))).isPresent();
        assertThat(repository.record(path(written.follow()))).isPresent();
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }

        BlobExport blobs = new BlobExport(http);
        Path media = dir.resolve("media");
        assertThat(blobs.list(peer.pdsUrl(0), brand.did())).containsExactly(written.image());
        assertThat(blobs.toDirectory(peer.pdsUrl(0), brand.did(), media, ExportProgress.NONE)).isEqualTo(1);
        assertThat(Files.readAllBytes(media.resolve(written.image().toString()))).isEqualTo(written.imageBytes());
    }

    @Test
    void anExportOverItsCapLeavesNothingBehind(@TempDir Path dir) throws IOException {
        Account brand = createAccount(0, "capped.test");
        writeEverything(brand);
        Path file = dir.resolve("capped.car");

        Throwable refused = catchThrowableOfType(RuntimeException.class,
                () -> new RepoExport(http, identities).toFile(brand.did(), file, 100, ExportProgress.NONE));

        assertThat(refused).hasMessageContaining("over the export's cap of 100");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theBrandMovesToTheOtherPdsWithItsRecordsAndBlobsAndKeepsPosting() {
        Account brand = createAccount(0, "brand.test");
        Written written = writeEverything(brand);
        List<MigrationState> kept = new ArrayList<>();
        AccountMigration move = new AccountMigration(http, identities, plan(brand));

        MigrationState waiting = move.run(move.start(), Optional.empty(), kept::add);
        assertThat(waiting.awaitsEmailToken()).isTrue();
        assertThat(waiting.next()).contains(MigrationStep.UPDATE_IDENTITY);
        assertThat(waiting.records()).isEqualTo(4);
        assertThat(waiting.blobsCopied()).isEqualTo(1);
        MigrationState done = move.run(waiting, Optional.of(Secret.of(plcToken(brand))), kept::add);

        assertThat(done.isComplete()).isTrue();
        assertThat(done.finalStatus().orElseThrow()).satisfies(status -> {
            assertThat(status.activated()).isTrue();
            assertThat(status.validDid()).isTrue();
            assertThat(status.indexedRecords()).isEqualTo(4);
            assertThat(status.importedBlobs()).isEqualTo(1).isEqualTo(status.expectedBlobs());
        });
        assertThat(kept).last().isEqualTo(done);
        assertThat(kept).allSatisfy(state -> assertThat(MigrationStates.fromJson(MigrationStates.toJson(state))).isEqualTo(state));
        assertThat(kept.stream().map(MigrationStates::toJson)).noneMatch(json -> json.contains(NEW_PASSWORD));

        DidDocument document = new IdentityCheck(identities, HandleToDid.viaPds(move.newAccount()))
                .verify(brand.did(), peer.pdsUrl(1), brand.handle());
        assertThat(document.pds()).contains(peer.pdsUrl(1));
        assertThat(repoStatus(1, brand.did()).path("active").asBoolean()).isTrue();
        assertThat(repoStatus(0, brand.did()).path("active").asBoolean()).isFalse();
        assertThat(repoStatus(0, brand.did()).path("status").asText()).isEqualTo("deactivated");

        XrpcClient newPds = new XrpcClient(http, peer.pdsUrl(1));
        for (StrongRef record : List.of(written.greeting(), written.withImage(), written.like(), written.follow())) {
            assertThat(getRecord(newPds, record.uri()).path("cid").asText()).isEqualTo(record.cid().toString());
        }
        assertThat(new BlobExport(http).fetch(peer.pdsUrl(1), brand.did(), written.image()).bytes()).isEqualTo(written.imageBytes());

        BskyAccount moved = BskyAccount.of(AppPasswordSession.login(newPds,
                new AppPassword(brand.did(), Secret.of(NEW_PASSWORD)), new InMemorySessionStore(), SessionOptions.DEFAULT));
        StrongRef after = moved.post(PostDraft.of("posting from our new home"));
        assertThat(getRecord(newPds, after.uri()).path("value").path("text").asText()).isEqualTo("posting from our new home");
        assertThat(new RepoExport(http, identities).toStream(brand.did(), new ByteArrayOutputStream(), CAP, ExportProgress.NONE)
                .records()).isEqualTo(5);
    }

    @Test
    void aMoveInterruptedAfterTheRepositoryImportResumesAndCompletesWithoutDuplicates() {
        Account shop = createAccount(0, "shopfront.test");
        Written written = writeEverything(shop);
        AccountMigration first = new AccountMigration(http, identities, plan(shop));
        MigrationState lookedUp = first.step(first.start(), Optional.empty());
        MigrationState imported = first.step(first.step(lookedUp, Optional.empty()), Optional.empty());
        assertThat(imported.done()).containsExactly(MigrationStep.LOOK_UP_NEW_PDS, MigrationStep.CREATE_ACCOUNT,
                MigrationStep.IMPORT_REPO);
        assertThat(imported.records()).isEqualTo(4);

        // a restart that lost every state kept after the lookup: the account and the repository are on the new PDS already
        MigrationState kept = MigrationStates.fromJson(MigrationStates.toJson(lookedUp));
        MigrationState waiting = new AccountMigration(http, identities, plan(shop)).run(kept, Optional.empty(), ignored -> { });
        assertThat(waiting.awaitsEmailToken()).isTrue();
        assertThat(new AccountMigration(http, identities, plan(shop)).run(waiting, Optional.empty(), ignored -> { }))
                .isEqualTo(waiting);

        // and one right after the old PDS signed the identity update, before the new one submitted it
        List<MigrationState> keptWhileSigning = new ArrayList<>();
        Throwable crash = catchThrowableOfType(IllegalStateException.class, () -> new AccountMigration(http, identities, plan(shop))
                .run(waiting, Optional.of(Secret.of(plcToken(shop))), state -> {
                    keptWhileSigning.add(state);
                    if (state.signedPlcOperation().isPresent()) {
                        throw new IllegalStateException("the process ended");
                    }
                }));
        assertThat(crash).hasMessage("the process ended");
        MigrationState signed = keptWhileSigning.getLast();
        assertThat(signed.next()).contains(MigrationStep.UPDATE_IDENTITY);
        assertThat(signed.awaitsEmailToken()).isFalse();

        MigrationState done = new AccountMigration(http, identities, plan(shop)).run(MigrationStates.fromJson(
                MigrationStates.toJson(signed)), Optional.empty(), ignored -> { });

        assertThat(done.isComplete()).isTrue();
        assertThat(done.blobsCopied()).isEqualTo(1);
        assertThat(done.finalStatus().orElseThrow().indexedRecords()).isEqualTo(4);
        assertThat(done.finalStatus().orElseThrow().importedBlobs()).isEqualTo(1);
        XrpcClient newPds = new XrpcClient(http, peer.pdsUrl(1));
        assertThat(listRecords(newPds, shop.did(), "app.bsky.feed.post"))
                .containsExactlyInAnyOrder(written.greeting().uri().toString(), written.withImage().uri().toString());
        assertThat(listRecords(newPds, shop.did(), "app.bsky.feed.like")).containsExactly(written.like().uri().toString());
        assertThat(listRecords(newPds, shop.did(), "app.bsky.graph.follow")).containsExactly(written.follow().uri().toString());
        assertThat(new BlobExport(http).list(peer.pdsUrl(1), shop.did())).containsExactly(written.image());
        assertThat(identities.resolveDid(shop.did()).pds()).contains(peer.pdsUrl(1));
        assertThat(repoStatus(1, shop.did()).path("active").asBoolean()).isTrue();
        assertThat(repoStatus(0, shop.did()).path("active").asBoolean()).isFalse();
        assertThat(peer.mails().stream().filter(mail -> mail.to().equals(shop.email()))).hasSize(1);
    }

    @Test
    void aStepThePdsRefusesSaysWhichStepAndWhatThePdsSaid() {
        createAccount(1, "taken.test");
        Account mover = createAccount(0, "mover.test");
        MigrationPlan plan = new MigrationPlan(mover.session(), peer.pdsUrl(0), peer.pdsUrl(1), Handle.parse("taken.test"),
                "mover-new@example.com", Secret.of(NEW_PASSWORD), Optional.empty(), CAP);
        AccountMigration move = new AccountMigration(http, identities, plan);

        MigrationException failure = catchThrowableOfType(MigrationException.class,
                () -> move.run(move.start(), Optional.empty(), ignored -> { }));

        assertThat(failure.step()).isEqualTo(MigrationStep.CREATE_ACCOUNT);
        assertThat(failure.state().next()).contains(MigrationStep.CREATE_ACCOUNT);
        assertThat(failure.getMessage()).contains("CREATE_ACCOUNT (Create the account on the new server) failed",
                "com.atproto.server.createAccount", "Handle already taken: taken.test").doesNotContain(NEW_PASSWORD);
    }

    private MigrationPlan plan(Account account) {
        return new MigrationPlan(account.session(), peer.pdsUrl(0), peer.pdsUrl(1), account.handle(),
                account.email(), Secret.of(NEW_PASSWORD), Optional.empty(), CAP);
    }

    private String plcToken(Account account) {
        PeerMail mail = peer.awaitMail(m -> m.template().equals("plcOperation") && m.to().equals(account.email()),
                "PLC operation mail to " + account.email(), MAIL_WAIT);
        assertThat(mail.pds()).isZero();
        return mail.token();
    }

    private Account createAccount(int pds, String handle) {
        XrpcClient client = new XrpcClient(http, peer.pdsUrl(pds));
        String email = handle.replace('.', '-') + "@example.com";
        JsonNode created = client.procedure("com.atproto.server.createAccount", JsonNodeFactory.instance.objectNode()
                .put("handle", handle).put("email", email).put("password", PASSWORD), Optional.empty());
        Did did = Did.parse(created.path("did").asText());
        // the account's own password: only it may sign identity operations and deactivate the account
        AppPasswordSession session = AppPasswordSession.login(client, new AppPassword(did, Secret.of(PASSWORD)),
                new InMemorySessionStore(), SessionOptions.DEFAULT);
        return new Account(did, Handle.parse(handle), email, session);
    }

    private Written writeEverything(Account account) {
        BskyAccount brand = BskyAccount.of(account.session());
        StrongRef greeting = brand.post(PostDraft.of("hello from the brand"));
        byte[] png = png();
        JsonNode blob = account.session().procedure("com.atproto.repo.uploadBlob", png, "image/png").path("blob");
        ObjectNode image = JsonNodeFactory.instance.objectNode().put("alt", "our shop window");
        image.set("image", blob);
        ObjectNode embed = JsonNodeFactory.instance.objectNode().put("$type", "app.bsky.embed.images");
        embed.putArray("images").add(image);
        ObjectNode post = JsonNodeFactory.instance.objectNode().put("$type", "app.bsky.feed.post")
                .put("text", "our new shop window").put("createdAt", Instant.now().toString());
        post.set("embed", embed);
        ObjectNode input = JsonNodeFactory.instance.objectNode().put("repo", account.did().value())
                .put("collection", "app.bsky.feed.post");
        input.set("record", post);
        JsonNode created = account.session().procedure("com.atproto.repo.createRecord", input);
        StrongRef withImage = new StrongRef(AtUri.parse(created.path("uri").asText()), Cid.parse(created.path("cid").asText()));
        StrongRef aliceSays = BskyAccount.of(alice.session()).post(PostDraft.of("welcome, " + account.handle()));
        return new Written(greeting, withImage, Cid.parse(blob.path("ref").path("$link").asText()), png,
                brand.like(aliceSays), brand.follow(alice.did()));
    }

    private JsonNode repoStatus(int pds, Did did) {
        return new XrpcClient(http, peer.pdsUrl(pds)).query("com.atproto.sync.getRepoStatus", Map.of("did", did.value()),
                Optional.empty());
    }

    private static JsonNode getRecord(XrpcClient pds, AtUri uri) {
        return pds.query("com.atproto.repo.getRecord", Map.of("repo", uri.authority().value(),
                "collection", uri.collection().orElseThrow().value(), "rkey", uri.recordKey().orElseThrow().value()),
                Optional.empty());
    }

    private static List<String> listRecords(XrpcClient pds, Did did, String collection) {
        List<String> uris = new ArrayList<>();
        pds.query("com.atproto.repo.listRecords", Map.of("repo", did.value(), "collection", collection, "limit", 100),
                Optional.empty()).path("records").forEach(record -> uris.add(record.path("uri").asText()));
        return uris;
    }

    private static String path(StrongRef ref) {
        return ref.uri().collection().orElseThrow().value() + "/" + ref.uri().recordKey().orElseThrow().value();
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x3366cc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
