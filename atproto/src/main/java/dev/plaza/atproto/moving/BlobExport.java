package dev.plaza.atproto.moving;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.xrpc.XrpcClient;
import dev.plaza.net.FetchedResponse;
import dev.plaza.net.GuardedHttpClient;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An account's blobs on its PDS: listed page by page (com.atproto.sync.listBlobs) and fetched one by
 * one (com.atproto.sync.getBlob), each checked against its CID, so that an export can carry its media.
 * A blob larger than the guarded client's response size limit fails as too large.
 */
public final class BlobExport {

    static final String LIST_BLOBS = "com.atproto.sync.listBlobs";
    static final String GET_BLOB = "com.atproto.sync.getBlob";
    private static final int PAGE = 500;
    private static final String UNKNOWN_TYPE = "application/octet-stream";

    private final GuardedHttpClient http;

    public BlobExport(GuardedHttpClient http) {
        this.http = requireNonNull(http, "http");
    }

    /** Every blob of the account, following the listing's cursor to its end. */
    public List<Cid> list(URI pds, Did did) {
        XrpcClient client = new XrpcClient(http, pds);
        List<Cid> cids = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Map<String, Object> params = new LinkedHashMap<>(Map.of("did", did.value(), "limit", PAGE));
            cursor.ifPresent(c -> params.put("cursor", c));
            JsonNode page = client.query(LIST_BLOBS, params, Optional.empty());
            page.path("cids").forEach(cid -> cids.add(Cid.parse(cid.asText())));
            Optional<String> next = Optional.of(page.path("cursor").asText("")).filter(c -> !c.isEmpty());
            cursor = page.path("cids").isEmpty() || next.equals(cursor) ? Optional.empty() : next;
        } while (cursor.isPresent());
        return List.copyOf(cids);
    }

    /** One blob, refused unless its bytes hash to its CID. */
    public Blob fetch(URI pds, Did did, Cid cid) {
        FetchedResponse response = new XrpcClient(http, pds).queryBytes(GET_BLOB, Map.of("did", did.value(), "cid", cid.toString()),
                Optional.empty());
        if (!cid.verifies(response.body())) {
            throw new AtprotoException("the blob %s of %s from %s does not hash to its CID (%d bytes)"
                    .formatted(cid, did, pds, response.body().length));
        }
        String type = response.headers().first("content-type").map(t -> t.split(";")[0].strip())
                .filter(t -> !t.isEmpty()).orElse(UNKNOWN_TYPE);
        return new Blob(cid, type, response.body());
    }

    /**
     * Writes every blob of the account to {@code directory}, one file named by its CID, each written
     * atomically; blobs already there are kept, so an interrupted export continues where it stopped.
     *
     * @return how many blobs the account has
     */
    public int toDirectory(URI pds, Did did, Path directory, ExportProgress progress) {
        List<Cid> cids = list(pds, did);
        long written = 0;
        for (Cid cid : cids) {
            Path file = directory.resolve(cid.toString());
            if (Files.isRegularFile(file)) {
                continue;
            }
            byte[] bytes = fetch(pds, did, cid).bytes();
            AtomicFile.write(file, out -> out.write(bytes));
            written += bytes.length;
            progress.written(written);
        }
        return cids.size();
    }
}
