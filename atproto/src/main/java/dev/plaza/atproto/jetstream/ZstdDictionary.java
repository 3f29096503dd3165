package dev.plaza.atproto.jetstream;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdDictDecompress;
import com.github.luben.zstd.ZstdInputStream;
import dev.plaza.atproto.AtprotoException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The zstd dictionary a Jetstream compresses its events with, when a listener asks for compression. Jetstream
 * publishes its dictionary; Plaza does not ship it, so its users give the file.
 */
public final class ZstdDictionary {

    private final ZstdDictDecompress dictionary;
    private final long id;
    private final String source;

    private ZstdDictionary(byte[] bytes, String source) {
        if (bytes.length == 0) {
            throw new AtprotoException("the zstd dictionary %s is empty".formatted(source));
        }
        this.dictionary = new ZstdDictDecompress(bytes);
        this.id = Zstd.getDictIdFromDict(bytes);
        this.source = source;
    }

    /** The dictionary in {@code file}. */
    public static ZstdDictionary read(Path file) {
        try {
            return new ZstdDictionary(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new AtprotoException("the zstd dictionary %s could not be read: %s".formatted(file, e), e);
        }
    }

    public static ZstdDictionary of(byte[] bytes) {
        return new ZstdDictionary(bytes.clone(), "of " + bytes.length + " bytes");
    }

    /**
     * The event compressed in {@code frame}, read no further than {@code maxBytes}: a frame that inflates past them is
     * refused before it is held whole, whatever its header claims.
     */
    byte[] decompress(byte[] frame, int maxBytes) {
        long frameDictionary = Zstd.getDictIdFromFrame(frame);
        if (frameDictionary != 0 && id != 0 && frameDictionary != id) {
            throw new AtprotoException(("a compressed event of %d bytes was compressed with zstd dictionary %d, not with the "
                    + "configured dictionary %s (id %d)").formatted(frame.length, frameDictionary, source, id));
        }
        byte[] event;
        try (ZstdInputStream in = new ZstdInputStream(new ByteArrayInputStream(frame))) {
            in.setDict(dictionary);
            event = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new AtprotoException("a compressed event of %d bytes does not decompress with the zstd dictionary %s: %s"
                    .formatted(frame.length, source, e.getMessage()), e);
        }
        if (event.length > maxBytes) {
            throw new AtprotoException("a compressed event of %d bytes inflates past the limit of %d bytes; refused"
                    .formatted(frame.length, maxBytes));
        }
        return event;
    }

    @Override
    public String toString() {
        return "zstd dictionary " + source + " (id " + id + ")";
    }
}
