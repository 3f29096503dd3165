package dev.plaza.atproto.moving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.car.Block;
import dev.plaza.atproto.car.CarWriter;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.crypto.KeyType;
import dev.plaza.atproto.crypto.SigningKey;
import dev.plaza.atproto.mst.Mst;
import dev.plaza.atproto.repo.Commit;
import dev.plaza.atproto.syntax.Did;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an export must be before Plaza keeps it: the account's repository, whole, signed by its current key. */
class RepoVerificationTest {

    private static final Did BRAND = Did.parse("did:plc:ewvi7nxzyoun6zhxrhs64oiz");
    private final SigningKey key = SigningKey.generate(KeyType.K256);

    @Test
    void aWholeRepositorySignedByTheAccountsKeyIsCountedRecordByRecord() {
        byte[] car = repository(BRAND, key, true);

        ExportedRepo export = RepoExport.verify(BRAND, car, key.publicKey());

        assertThat(export.records()).isEqualTo(3);
        assertThat(export.rev()).isEqualTo("3l3qo2vutsw2b");
        assertThat(export.bytes()).isEqualTo(car.length);
    }

    @Test
    void aRepositorySignedByAnotherKeyIsRefused() {
        byte[] car = repository(BRAND, SigningKey.generate(KeyType.K256), true);

        assertThatThrownBy(() -> RepoExport.verify(BRAND, car, key.publicKey())).hasMessageContaining("signature");
    }

    @Test
    void anotherAccountsRepositoryIsRefused() {
        Did other = Did.parse("did:plc:aaaaaaaaaaaaaaaaaaaaaaaa");

        assertThatThrownBy(() -> RepoExport.verify(BRAND, repository(other, key, true), key.publicKey()))
                .hasMessageContaining("holds the commit of " + other);
    }

    @Test
    void anExportMissingARecordOrNotACarIsRefused() {
        assertThatThrownBy(() -> RepoExport.verify(BRAND, repository(BRAND, key, false), key.publicKey()))
                .hasMessageContaining("is in the tree but not among the CAR's blocks");
        assertThatThrownBy(() -> RepoExport.verify(BRAND, "<html>not found</html>".getBytes(), key.publicKey()))
                .hasMessageContaining("is not a readable repository CAR");
    }

    @Test
    void aFileIsWrittenWholeOrNotAtAll(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("brand.car");
        Files.writeString(target, "the earlier export");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write(new byte[1000]);
            throw new IOException("disk full");
        })).hasMessageContaining("could not write " + target).hasMessageContaining("disk full");
        assertThat(Files.readString(target)).isEqualTo("the earlier export");
        AtomicFile.write(target, out -> out.write("the new export".getBytes()));
        assertThat(Files.readString(target)).isEqualTo("the new export");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    private static byte[] repository(Did did, SigningKey signer, boolean withEveryRecord) {
        List<Block> records = new ArrayList<>();
        TreeMap<String, Cid> paths = new TreeMap<>();
        for (String rkey : List.of("3l3qo2vutsw2b", "3l3qo2vutsw2c", "3l3qo2vutsw2d")) {
            Block record = Block.of(new DagValue.Map(Map.of("$type", new DagValue.Text("app.bsky.feed.post"),
                    "text", new DagValue.Text("post " + rkey))));
            records.add(record);
            paths.put("app.bsky.feed.post/" + rkey, record.cid());
        }
        Mst tree = Mst.of(paths);
        Commit commit = Commit.sign(did.value(), tree.root(), "3l3qo2vutsw2b", Optional.empty(), signer);
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.of(commit.cid(), commit.encode()));
        tree.blocks().forEach((cid, bytes) -> blocks.add(Block.of(cid, bytes)));
        blocks.addAll(withEveryRecord ? records : records.subList(1, records.size()));
        return CarWriter.toBytes(List.of(commit.cid()), blocks);
    }
}
