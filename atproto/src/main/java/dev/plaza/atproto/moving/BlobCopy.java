package dev.plaza.atproto.moving;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.xrpc.XrpcException;
import dev.plaza.atproto.xrpc.XrpcSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the blobs the new PDS is missing (com.atproto.repo.listMissingBlobs) from the old PDS, page
 * by page. The new PDS lists only what it still lacks, so a copy run again uploads nothing twice. A
 * blob the old PDS no longer has is noted, not retried.
 */
final class BlobCopy {

    static final String LIST_MISSING_BLOBS = "com.atproto.repo.listMissingBlobs";
    static final String UPLOAD_BLOB = "com.atproto.repo.uploadBlob";
    private static final int PAGE = 100;
    private static final Logger LOG = LoggerFactory.getLogger(BlobCopy.class);

    private final BlobExport blobs;
    private final MigrationPlan plan;
    private final XrpcSession newAccount;

    BlobCopy(BlobExport blobs, MigrationPlan plan, XrpcSession newAccount) {
        this.blobs = blobs;
        this.plan = plan;
        this.newAccount = newAccount;
    }

    MigrationState copy(AccountMigration.Progress progress) {
        int copied = progress.state().blobsCopied();
        List<String> unavailable = new ArrayList<>(progress.state().blobsUnavailable());
        Optional<String> cursor = Optional.empty();
        do {
            Map<String, Object> params = new LinkedHashMap<>(Map.of("limit", PAGE));
            cursor.ifPresent(c -> params.put("cursor", c));
            JsonNode page = newAccount.query(LIST_MISSING_BLOBS, params);
            for (JsonNode missing : page.path("blobs")) {
                String cid = missing.path("cid").asText("");
                if (unavailable.contains(cid)) {
                    continue;
                }
                if (upload(Cid.parse(cid))) {
                    copied++;
                } else {
                    unavailable.add(cid);
                }
            }
            progress.update(progress.state().withBlobs(copied, unavailable));
            Optional<String> next = Optional.of(page.path("cursor").asText("")).filter(c -> !c.isEmpty());
            cursor = page.path("blobs").isEmpty() || next.equals(cursor) ? Optional.empty() : next;
        } while (cursor.isPresent());
        return progress.state();
    }

    /** Whether the blob was copied; false when the old PDS does not have it. */
    private boolean upload(Cid cid) {
        Blob blob;
        try {
            blob = blobs.fetch(plan.oldPds(), plan.did(), cid);
        } catch (XrpcException e) {
            if (e.status() != 404 && e.error().filter(name -> name.endsWith("NotFound")).isEmpty()) {
                throw e;
            }
            LOG.warn("moving {}: {} does not have the blob {} that a record uses; moving on without it",
                    plan.did(), plan.oldPds(), cid);
            return false;
        }
        JsonNode uploaded = newAccount.procedure(UPLOAD_BLOB, blob.bytes(), blob.mimeType());
        String ref = uploaded.path("blob").path("ref").path("$link").asText("");
        if (!ref.equals(cid.toString())) {
            throw new AtprotoException("%s of the blob %s answered the reference \"%s\"".formatted(UPLOAD_BLOB, cid, ref));
        }
        return true;
    }
}
