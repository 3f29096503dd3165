package dev.plaza.channels.bluesky;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.atproto.car.Block;
import dev.plaza.atproto.car.CarWriter;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cbor.DataModelJson;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.crypto.KeyType;
import dev.plaza.atproto.crypto.SigningKey;
import dev.plaza.atproto.mst.Mst;
import dev.plaza.atproto.repo.Commit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** A small repository export written the way a PDS writes one: records, their tree, a signed commit, one CAR. */
final class TestRepository {

    static final String DID = "did:plc:brandbrandbrandbrandbran";
    /** Strong refs name the CID of the record they point at; these tests only read the uri. */
    private static final String SOME_CID = "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SortedMap<String, DagValue> records = new TreeMap<>();

    static TestRepository repository() {
        return new TestRepository();
    }

    /** A record given in the atproto JSON data model (links as {"$link": …}). */
    TestRepository record(String path, String json) {
        try {
            records.put(path, DataModelJson.toObject(JSON.readTree(json)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
        return this;
    }

    TestRepository post(String rkey, String text, String createdAt) {
        return record("app.bsky.feed.post/" + rkey, """
                {"$type": "app.bsky.feed.post", "text": %s, "createdAt": "%s"}""".formatted(quoted(text), createdAt));
    }

    TestRepository reply(String rkey, String text, String createdAt, String parentUri, String rootUri) {
        return record("app.bsky.feed.post/" + rkey, """
                {"$type": "app.bsky.feed.post", "text": %s, "createdAt": "%s",
                 "reply": {"parent": {"uri": "%s", "cid": "%s"}, "root": {"uri": "%s", "cid": "%s"}}}"""
                .formatted(quoted(text), createdAt, parentUri, SOME_CID, rootUri, SOME_CID));
    }

    TestRepository like(String rkey, String subjectUri, String createdAt) {
        return record("app.bsky.feed.like/" + rkey, """
                {"$type": "app.bsky.feed.like", "subject": {"uri": "%s", "cid": "%s"}, "createdAt": "%s"}"""
                .formatted(subjectUri, SOME_CID, createdAt));
    }

    TestRepository follow(String rkey, String did, String createdAt) {
        return record("app.bsky.graph.follow/" + rkey, """
                {"$type": "app.bsky.graph.follow", "subject": "%s", "createdAt": "%s"}""".formatted(did, createdAt));
    }

    static String uri(String collection, String rkey) {
        return "at://" + DID + "/" + collection + "/" + rkey;
    }

    /** How the export is damaged, if at all. */
    enum Damage {
        NONE,
        /** The CAR leaves out the first record's block, which its tree still names. */
        RECORD_LEFT_OUT,
        /**
         * The commit signs a root node that holds nothing but a link to the real tree: every record
         * is reachable, but no repository's records make that tree, so the commit does not match it.
         */
        TREE_UNDER_AN_EMPTY_NODE
    }

    byte[] car() {
        return car(Damage.NONE);
    }

    byte[] car(Damage damage) {
        List<Block> blocks = new ArrayList<>();
        SortedMap<String, Cid> tree = new TreeMap<>();
        records.forEach((path, value) -> {
            Block block = Block.of(value);
            if (!(damage == Damage.RECORD_LEFT_OUT && path.equals(records.firstKey()))) {
                blocks.add(block);
            }
            tree.put(path, block.cid());
        });
        Mst mst = Mst.of(tree);
        mst.blocks().forEach((cid, bytes) -> blocks.add(Block.of(cid, bytes)));
        Cid root = mst.root();
        if (damage == Damage.TREE_UNDER_AN_EMPTY_NODE) {
            Block wrapper = Block.of(new DagValue.Map(Map.of("l", new DagValue.Link(root), "e", new DagValue.List(List.of()))));
            blocks.add(wrapper);
            root = wrapper.cid();
        }
        Commit commit = Commit.sign(DID, root, "3l3qo2vutsw2b", Optional.empty(), SigningKey.generate(KeyType.K256));
        Block commitBlock = Block.of(commit.cid(), commit.encode());
        List<Block> all = new ArrayList<>();
        all.add(commitBlock);
        all.addAll(blocks);
        return CarWriter.toBytes(List.of(commitBlock.cid()), all);
    }

    /** A CAR whose one root is a post, not a commit: not a repository. */
    byte[] carOfFirstRecordAlone() {
        Block record = Block.of(records.get(records.firstKey()));
        return CarWriter.toBytes(List.of(record.cid()), List.of(record));
    }

    Path write(Path file) {
        return write(file, car());
    }

    static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
