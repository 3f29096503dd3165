package dev.plaza.atproto.moving;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.car.CarReader;
import dev.plaza.atproto.crypto.PublicKey;
import dev.plaza.atproto.identity.DidDocument;
import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.atproto.repo.Repository;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.xrpc.XrpcClient;
import dev.plaza.net.GuardedHttpClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exports an account's repository (com.atproto.sync.getRepo) as a CAR file: fetched from the PDS its
 * DID document names, refused over a size cap, read back as a repository whose commit is the
 * account's and is signed by the key its DID document holds now, and only then written.
 * <pre>{@code
 * ExportedRepo export = new RepoExport(http, identities)
 *         .toFile(brand, Path.of("brand.car"), 200L << 20, bytes -> page.show(bytes));
 * }</pre>
 * The guarded client reads the whole response before anything is checked, so its own response size
 * limit must be at least the cap (a larger repository fails there, as too large).
 */
public final class RepoExport {

    private static final int CHUNK = 64 * 1024;

    static final String GET_REPO = "com.atproto.sync.getRepo";

    private final GuardedHttpClient http;
    private final IdentityResolver identities;

    public RepoExport(GuardedHttpClient http, IdentityResolver identities) {
        this.http = requireNonNull(http, "http");
        this.identities = requireNonNull(identities, "identities");
    }

    /** Writes the verified export to {@code target} atomically: the file is whole or, on any failure, untouched. */
    public ExportedRepo toFile(Did did, Path target, long maxBytes, ExportProgress progress) {
        Verified verified = fetch(did, maxBytes);
        AtomicFile.write(target, out -> copy(verified.car(), out, progress));
        return verified.summary();
    }

    /** Writes the verified export to {@code out}, which is left open; nothing is written unless it verifies. */
    public ExportedRepo toStream(Did did, OutputStream out, long maxBytes, ExportProgress progress) {
        Verified verified = fetch(did, maxBytes);
        try {
            copy(verified.car(), out, progress);
        } catch (IOException e) {
            throw new AtprotoException("could not write the export of %s: %s".formatted(did, e.getMessage()), e);
        }
        return verified.summary();
    }

    /** A repository's CAR and what it was verified to hold. */
    record Verified(byte[] car, ExportedRepo summary) {
    }

    private Verified fetch(Did did, long maxBytes) {
        DidDocument document = document(did);
        URI pds = document.pds().orElseThrow(() -> new AtprotoException(
                "the DID document of %s names no PDS (#atproto_pds): there is no repository to export".formatted(did)));
        return fetch(pds, document, maxBytes);
    }

    /** The account's CAR from {@code pds}, verified against the account's DID document as it is now. */
    Verified fetch(URI pds, Did did, long maxBytes) {
        return fetch(pds, document(did), maxBytes);
    }

    private Verified fetch(URI pds, DidDocument document, long maxBytes) {
        Did did = document.did();
        byte[] car = new XrpcClient(http, pds).queryBytes(GET_REPO, Map.of("did", did.value()), Optional.empty()).body();
        if (car.length > maxBytes) {
            throw new AtprotoException("the repository of %s at %s is %d bytes, over the export's cap of %d"
                    .formatted(did, pds, car.length, maxBytes));
        }
        PublicKey key = document.signingKey().orElseThrow(() -> new AtprotoException(
                "the DID document of %s has no #atproto signing key to verify its repository with".formatted(did)));
        return new Verified(car, verify(did, car, key));
    }

    static ExportedRepo verify(Did did, byte[] car, PublicKey key) {
        Repository repository;
        try {
            repository = Repository.of(CarReader.readAll(car));
        } catch (AtprotoException e) {
            throw new AtprotoException("the repository export of %s is not a readable repository CAR: %s"
                    .formatted(did, e.getMessage()), e);
        }
        if (!repository.commit().did().equals(did.value())) {
            throw new AtprotoException("the repository export of %s holds the commit of %s"
                    .formatted(did, repository.commit().did()));
        }
        repository.verify(key);
        AtomicInteger records = new AtomicInteger();
        repository.forEachRecord((path, record) -> records.incrementAndGet());
        return new ExportedRepo(did, repository.commit().cid(), repository.commit().rev().orElse(""), records.get(), car.length);
    }

    /** The document as it is now: an export checks against the current key, not a cached one. */
    private DidDocument document(Did did) {
        identities.invalidate(did);
        return identities.resolveDid(did);
    }

    private static void copy(byte[] car, OutputStream out, ExportProgress progress) throws IOException {
        for (int offset = 0; offset < car.length; offset += CHUNK) {
            int length = Math.min(CHUNK, car.length - offset);
            out.write(car, offset, length);
            progress.written(offset + (long) length);
        }
        out.flush();
    }
}
