package dev.plaza.atproto.jetstream;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdDictCompress;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

/**
 * A zstd dictionary trained in the test on sample events, as Jetstream trains the one it publishes, and the
 * compression a Jetstream host applies with it.
 */
record TrainedDictionary(byte[] bytes) {

    private static final int SIZE = 4 * 1024;

    /** A dictionary trained on {@link #samplePosts}. */
    static TrainedDictionary onPosts(String flavour) {
        return trainedOn(samplePosts(flavour));
    }

    /** A few hundred posts, each marked with {@code flavour}, so that different flavours train different dictionaries. */
    static List<byte[]> samplePosts(String flavour) {
        return LongStream.range(0, 400)
                .mapToObj(i -> JetstreamJson.bytes(JetstreamJson.post(JetstreamJson.FIRST_TIME_US + i * 7919)
                        .put("flavour", flavour + " " + i)))
                .toList();
    }

    static TrainedDictionary trainedOn(List<byte[]> samples) {
        byte[] dictionary = new byte[SIZE];
        long size = Zstd.trainFromBuffer(samples.toArray(byte[][]::new), dictionary);
        if (Zstd.isError(size)) {
            throw new IllegalStateException("zstd could not train a dictionary: " + Zstd.getErrorName(size));
        }
        return new TrainedDictionary(Arrays.copyOf(dictionary, (int) size));
    }

    byte[] compress(byte[] event) {
        try (ZstdDictCompress compression = new ZstdDictCompress(bytes, 3)) {
            return Zstd.compress(event, compression);
        }
    }

    ZstdDictionary forListener() {
        return ZstdDictionary.of(bytes);
    }
}
