package dev.plaza.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.atproto.car.Block;
import dev.plaza.atproto.car.CarWriter;
import dev.plaza.atproto.cbor.DataModelJson;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.crypto.KeyType;
import dev.plaza.atproto.crypto.SigningKey;
import dev.plaza.atproto.mst.Mst;
import dev.plaza.atproto.repo.Commit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A Bluesky repository export as a PDS writes one (records, their tree, a signed commit, one CAR):
 * a post, a reply to it by the same account, a like, a follow and a block, which Plaza skips.
 * The app's tests upload and import it too.
 */
public final class RepositoryCar {

    public static final String DID = "did:plc:brandbrandbrandbrandbran";
    public static final String POST = "at://" + DID + "/app.bsky.feed.post/3l3qo2vutsa2b";
    public static final String REPLY = "at://" + DID + "/app.bsky.feed.post/3l3qo2vutsb2b";
    private static final String ALICE = "did:plc:alicealicealicealicealic";
    private static final String SOME_CID = "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RepositoryCar() {
    }

    public static byte[] sample() {
        return car(Map.of(
                "app.bsky.feed.post/3l3qo2vutsa2b", """
                        {"$type": "app.bsky.feed.post", "text": "Our repair café opens today!", "createdAt": "2024-09-10T08:00:00Z"}""",
                "app.bsky.feed.post/3l3qo2vutsb2b", """
                        {"$type": "app.bsky.feed.post", "text": "Harbour street 4", "createdAt": "2024-09-10T08:05:00Z",
                         "reply": {"parent": {"uri": "%s", "cid": "%s"}, "root": {"uri": "%s", "cid": "%s"}}}"""
                        .formatted(POST, SOME_CID, POST, SOME_CID),
                "app.bsky.feed.like/3l3qo2vutsc2b", """
                        {"$type": "app.bsky.feed.like", "createdAt": "2024-09-10T09:00:00Z",
                         "subject": {"uri": "at://%s/app.bsky.feed.post/3l3qnzzzzza2b", "cid": "%s"}}""".formatted(ALICE, SOME_CID),
                "app.bsky.graph.follow/3l3qo2vutsd2b", """
                        {"$type": "app.bsky.graph.follow", "subject": "%s", "createdAt": "2024-09-10T09:30:00Z"}""".formatted(ALICE),
                "app.bsky.graph.block/3l3qo2vutse2b", """
                        {"$type": "app.bsky.graph.block", "subject": "did:plc:trolltrolltrolltrolltrol",
                         "createdAt": "2024-09-10T10:00:00Z"}"""));
    }

    /** The export of these records (path → the record in the atproto JSON data model). */
    public static byte[] car(Map<String, String> records) {
        List<Block> blocks = new ArrayList<>();
        SortedMap<String, Cid> tree = new TreeMap<>();
        records.forEach((path, json) -> {
            Block block = Block.of(record(json));
            blocks.add(block);
            tree.put(path, block.cid());
        });
        Mst mst = Mst.of(tree);
        mst.blocks().forEach((cid, bytes) -> blocks.add(Block.of(cid, bytes)));
        Commit commit = Commit.sign(DID, mst.root(), "3l3qo2vutsw2b", Optional.empty(), SigningKey.generate(KeyType.K256));
        Block commitBlock = Block.of(commit.cid(), commit.encode());
        blocks.addFirst(commitBlock);
        return CarWriter.toBytes(List.of(commitBlock.cid()), blocks);
    }

    private static dev.plaza.atproto.cbor.DagValue record(String json) {
        try {
            return DataModelJson.toObject(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }
}
