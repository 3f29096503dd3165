package dev.plaza.atproto.mst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.cid.Codec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MstTest {

    private static final Path VECTORS = Path.of(System.getProperty("plaza.vectors"), "atproto-interop-tests");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void keyHeightsAreTheOfficialOnes() throws IOException {
        JsonNode cases = JSON.readTree(VECTORS.resolve("mst/key_heights.json").toFile());
        for (JsonNode c : cases) {
            assertThat(MstKeys.height(c.get("key").asText())).as(c.get("key").asText()).isEqualTo(c.get("height").asInt());
        }
        assertThat(cases.size()).isGreaterThan(5);
    }

    @Test
    void commonPrefixesAreTheOfficialOnes() throws IOException {
        JsonNode cases = JSON.readTree(VECTORS.resolve("mst/common_prefix.json").toFile());
        for (JsonNode c : cases) {
            assertThat(MstKeys.commonPrefixLength(c.get("left").asText(), c.get("right").asText()))
                    .as(c.toString()).isEqualTo(c.get("len").asInt());
        }
        assertThat(cases.size()).isGreaterThan(5);
    }

    @Test
    void everyCommitProofFixtureBuildsEditsAndInvertsFromItsProofAlone() throws IOException {
        JsonNode fixtures = JSON.readTree(VECTORS.resolve("firehose/commit-proof-fixtures.json").toFile());
        for (JsonNode fixture : fixtures) {
            String name = fixture.get("comment").asText();
            Cid leaf = Cid.parse(fixture.get("leafValue").asText());
            SortedMap<String, Cid> records = new TreeMap<>();
            fixture.get("keys").forEach(key -> records.put(key.asText(), leaf));
            Mst before = Mst.of(records);
            assertThat(before.root()).as(name + ": root before").isEqualTo(Cid.parse(fixture.get("rootBeforeCommit").asText()));

            Mst after = before;
            for (JsonNode add : fixture.get("adds")) {
                after = after.put(add.asText(), leaf);
                records.put(add.asText(), leaf);
            }
            for (JsonNode del : fixture.get("dels")) {
                after = after.delete(del.asText());
                records.remove(del.asText());
            }
            Cid rootAfter = Cid.parse(fixture.get("rootAfterCommit").asText());
            assertThat(after.root()).as(name + ": root after").isEqualTo(rootAfter);
            assertThat(Mst.of(records).root()).as(name + ": built from scratch").isEqualTo(rootAfter);

            Set<Cid> proof = new HashSet<>();
            fixture.get("blocksInProof").forEach(cid -> proof.add(Cid.parse(cid.asText())));
            Map<Cid, byte[]> all = after.blocks();
            assertThat(all.keySet()).as(name + ": the proof's blocks are the tree's").containsAll(proof);
            assertThat(after.blocksNotIn(before).keySet()).as(name + ": new nodes are in the proof").isSubsetOf(proof);

            Map<Cid, byte[]> carried = new HashMap<>();
            proof.forEach(cid -> carried.put(cid, all.get(cid)));
            Mst inverted = Mst.load(rootAfter, BlockSource.of(carried));
            for (JsonNode add : fixture.get("adds")) {
                inverted = inverted.delete(add.asText());
            }
            for (JsonNode del : fixture.get("dels")) {
                inverted = inverted.put(del.asText(), leaf);
            }
            assertThat(inverted.root()).as(name + ": inverted from the proof").isEqualTo(before.root());
        }
        assertThat(fixtures.size()).isEqualTo(6);
    }

    @Test
    void anyOrderOfEditsGivesTheTreeBuiltFromScratch() {
        Random random = new Random(7);
        Cid value = record("v");
        SortedMap<String, Cid> records = new TreeMap<>();
        Mst tree = Mst.empty();
        List<String> keys = new ArrayList<>();
        for (int step = 0; step < 1500; step++) {
            if (keys.isEmpty() || random.nextInt(3) > 0) {
                String key = "app.bsky.feed.post/" + Long.toString(random.nextLong() & 0xffffffffL, 32);
                Cid cid = record(key);
                tree = tree.put(key, cid);
                if (records.put(key, cid) == null) {
                    keys.add(key);
                }
            } else {
                String key = keys.remove(random.nextInt(keys.size()));
                tree = tree.delete(key);
                records.remove(key);
            }
            if (step % 100 == 99) {
                assertThat(tree.root()).as("after step " + step).isEqualTo(Mst.of(records).root());
            }
        }
        assertThat(tree.records()).isEqualTo(records);
        assertThat(tree.put(keys.getFirst(), value).put(keys.getFirst(), records.get(keys.getFirst())).root())
                .isEqualTo(tree.root());
        while (!keys.isEmpty()) {
            tree = tree.delete(keys.removeLast());
        }
        assertThat(tree.root()).isEqualTo(Mst.empty().root());
    }

    @Test
    void aTreeReadBackFromItsBlocksHoldsTheSameRecordsAndEditsTheSameWay() {
        SortedMap<String, Cid> records = new TreeMap<>();
        for (int i = 0; i < 400; i++) {
            String key = "app.bsky.feed.like/" + Integer.toString(i * 7919, 36);
            records.put(key, record(key));
        }
        Mst built = Mst.of(records);
        Mst loaded = Mst.load(built.root(), BlockSource.of(built.blocks()));

        assertThat(loaded.records()).isEqualTo(records);
        String some = records.firstKey();
        assertThat(loaded.get(some)).contains(records.get(some));
        assertThat(loaded.get("app.bsky.feed.like/absent")).isEmpty();
        assertThat(loaded.delete(some).root()).isEqualTo(built.delete(some).root());
        assertThat(loaded.put("app.bsky.feed.like/new", record("new")).root())
                .isEqualTo(built.put("app.bsky.feed.like/new", record("new")).root());
    }

    @Test
    void missingNodesAndRecordsAreNamed() {
        SortedMap<String, Cid> records = new TreeMap<>();
        for (int i = 0; i < 50; i++) {
            records.put("app.bsky.graph.follow/" + i, record("f" + i));
        }
        Mst built = Mst.of(records);
        Map<Cid, byte[]> rootOnly = Map.of(built.root(), built.blocks().get(built.root()));

        assertThatThrownBy(() -> Mst.load(built.root(), BlockSource.of(rootOnly)).records())
                .isInstanceOf(AtprotoException.class).hasMessageContaining("is not among the blocks at hand");
        assertThatThrownBy(() -> built.delete("app.bsky.graph.follow/nope"))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("holds no record at \"app.bsky.graph.follow/nope\"");
        assertThatThrownBy(() -> built.put("no-slash", record("x"))).hasMessageContaining("is not a repository path");
        assertThatThrownBy(() -> built.put("app.bsky.feed.post/a b", record("x"))).hasMessageContaining("' ' at 20");
    }

    @Test
    void theEmptyTreeIsAnEmptyNode() {
        assertThat(Mst.empty().root()).isEqualTo(Cid.parse("bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm"));
    }

    private static Cid record(String text) {
        return Cid.of(Codec.DAG_CBOR, text.getBytes(StandardCharsets.UTF_8));
    }
}
