package dev.plaza.demo;

import dev.plaza.core.ingest.IngestBatch;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 over every record of a batch, in order: two batches with one digest hold the same data. */
final class Digest {

    private Digest() {
    }

    static String of(IngestBatch batch) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            batch.identities().forEach(identity -> sha.update(bytes(identity.toString())));
            batch.activities().forEach(activity -> sha.update(bytes(activity.toString())));
            sha.update(bytes(batch.channelId().toString()));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static byte[] bytes(String text) {
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
