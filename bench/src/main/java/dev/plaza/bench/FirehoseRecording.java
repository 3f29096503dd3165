package dev.plaza.bench;

import dev.plaza.atproto.crypto.DidKey;
import dev.plaza.atproto.crypto.PublicKey;
import dev.plaza.atproto.syntax.Did;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A recorded firehose: a file of #commit frames, each preceded by its length (4 bytes, big-endian),
 * in the order a relay would send them, and beside it the accounts' DIDs and signing keys (one
 * "did did:key:…" per line), which a consumer would resolve from their DID documents.
 */
record FirehoseRecording(List<byte[]> frames, List<FirehoseRecording.Account> accounts) {

    record Account(Did did, PublicKey key) {
    }

    /** Where a recording of these parameters lies; {@code v1} names the generator's version. */
    record Location(Path frames, Path accounts) {

        static Location of(Path dir, int frames, int accounts, long seed) {
            String name = "commits-v1-%df-%da-seed%d".formatted(frames, accounts, seed);
            return new Location(dir.resolve(name + ".frames"), dir.resolve(name + ".accounts"));
        }

        boolean exist() {
            return Files.isRegularFile(frames) && Files.isRegularFile(accounts);
        }
    }

    long bytes() {
        return frames.stream().mapToLong(frame -> frame.length).sum();
    }

    static FirehoseRecording read(Location location) throws IOException {
        List<Account> accounts = new ArrayList<>();
        for (String line : Files.readAllLines(location.accounts(), StandardCharsets.UTF_8)) {
            String[] fields = line.split(" ");
            accounts.add(new Account(Did.parse(fields[0]), DidKey.parse(fields[1])));
        }
        List<byte[]> frames = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(location.frames()), 1 << 20))) {
            while (true) {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException end) {
                    break;
                }
                frames.add(in.readNBytes(length));
            }
        }
        return new FirehoseRecording(frames, accounts);
    }

    /** Writes the accounts, then the frames, each through a temporary file, so that a broken run leaves no recording. */
    void write(Location location) throws IOException {
        Files.createDirectories(location.frames().getParent());
        StringBuilder lines = new StringBuilder();
        accounts.forEach(account -> lines.append(account.did().value()).append(' ').append(account.key().did()).append('\n'));
        Path accountsTemp = location.accounts().resolveSibling(location.accounts().getFileName() + ".tmp");
        Files.writeString(accountsTemp, lines, StandardCharsets.UTF_8);
        Files.move(accountsTemp, location.accounts(), StandardCopyOption.REPLACE_EXISTING);
        Path framesTemp = location.frames().resolveSibling(location.frames().getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(framesTemp), 1 << 20))) {
            for (byte[] frame : frames) {
                out.writeInt(frame.length);
                out.write(frame);
            }
        }
        Files.move(framesTemp, location.frames(), StandardCopyOption.REPLACE_EXISTING);
    }
}
