package dev.plaza.channels.bluesky;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.car.Block;
import dev.plaza.atproto.car.BlockMap;
import dev.plaza.atproto.car.Car;
import dev.plaza.atproto.car.CarLimits;
import dev.plaza.atproto.car.CarReader;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.mst.Mst;
import dev.plaza.atproto.repo.Repository;
import dev.plaza.core.ingest.Progress;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CAR file read block by block (each checked against its CID), reporting the bytes read, then
 * opened as a repository whose commit must sign the tree its records make: a tree that does not
 * rebuild to the commit's {@code data} is not the repository the commit speaks for.
 */
final class RepositoryFile {

    private static final int REPORT_EVERY = 1000;

    private RepositoryFile() {
    }

    static Repository read(Path file, long size, CarLimits limits, Progress progress) throws IOException {
        List<Block> blocks = new ArrayList<>();
        List<Cid> roots;
        try (CountingStream counted = new CountingStream(Files.newInputStream(file));
                CarReader reader = CarReader.open(new BufferedInputStream(counted), limits)) {
            roots = reader.roots();
            for (Optional<Block> block = reader.next(); block.isPresent(); block = reader.next()) {
                blocks.add(block.get());
                if (blocks.size() % REPORT_EVERY == 0) {
                    progress.update("reading", counted.count, size);
                }
            }
        }
        progress.update("reading", size, size);
        Repository repository = Repository.of(new Car(roots, BlockMap.of(blocks)));
        Cid rebuilt = Mst.of(repository.tree().records()).root();
        if (!rebuilt.equals(repository.commit().data())) {
            throw new AtprotoException("its commit does not match its tree: the commit signs tree %s, but the records it holds make tree %s"
                    .formatted(repository.commit().data(), rebuilt));
        }
        return repository;
    }

    private static final class CountingStream extends FilterInputStream {

        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
