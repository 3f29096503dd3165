package dev.plaza.bench;

import dev.plaza.atproto.crypto.KeyType;
import dev.plaza.atproto.crypto.SigningKey;
import dev.plaza.atproto.encoding.Base32;
import dev.plaza.atproto.syntax.Did;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Generates a recording: {@code accounts} did:plc accounts, each with its own K-256 key, whose
 * activity is skewed as a network's is (the busiest account commits about as often as the 30
 * quietest together), interleaved into one stream of {@code frames} #commit frames. Deterministic
 * for a seed, keys included. Accounts are independent, so they are generated on every core.
 */
final class FirehoseGenerator {

    private static final double SKEW = 0.6;

    private FirehoseGenerator() {
    }

    static FirehoseRecording generate(int frameCount, int accountCount, long seed) throws InterruptedException {
        List<Did> dids = IntStream.range(0, accountCount).mapToObj(a -> did(seed, a)).toList();
        List<SigningKey> keys = IntStream.range(0, accountCount).mapToObj(a -> key(seed, a)).toList();
        int[][] framesOf = schedule(frameCount, accountCount, seed);
        byte[][] frames = new byte[frameCount][];
        FirehoseRecords records = new FirehoseRecords(dids);
        AtomicInteger done = new AtomicInteger();
        int threads = Runtime.getRuntime().availableProcessors();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            IntStream.range(0, accountCount).boxed().sorted(Comparator.comparingInt(a -> -framesOf[a].length))
                    .forEach(a -> pool.execute(() -> {
                        FirehoseRepo repo = new FirehoseRepo(dids.get(a), keys.get(a), clockId(seed, a));
                        FirehoseActivity activity = new FirehoseActivity(repo, records, new SplittableRandom(seed * 1_000_003 + a),
                                "Bench account " + a);
                        for (int frame : framesOf[a]) {
                            frames[frame] = activity.next(frame);
                            done.incrementAndGet();
                        }
                    }));
            pool.shutdown();
            while (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                System.out.printf("  generating: %,d of %,d frames, %.0f s%n", done.get(), frameCount, (System.nanoTime() - start) / 1e9);
            }
        }
        if (done.get() != frameCount) {
            throw new IllegalStateException("generated %,d of %,d frames; a generator thread failed".formatted(done.get(), frameCount));
        }
        List<FirehoseRecording.Account> accounts = IntStream.range(0, accountCount)
                .mapToObj(a -> new FirehoseRecording.Account(dids.get(a), keys.get(a).publicKey())).toList();
        return new FirehoseRecording(Arrays.asList(frames), accounts);
    }

    /** For each account, the frames (in order) that are its commits; account {@code a} is picked with weight 1/(a+1)^SKEW. */
    private static int[][] schedule(int frameCount, int accountCount, long seed) {
        double[] cumulative = new double[accountCount];
        double total = 0;
        for (int a = 0; a < accountCount; a++) {
            total += 1 / Math.pow(a + 1, SKEW);
            cumulative[a] = total;
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<List<Integer>> framesOf = new ArrayList<>();
        IntStream.range(0, accountCount).forEach(a -> framesOf.add(new ArrayList<>()));
        for (int frame = 0; frame < frameCount; frame++) {
            int found = Arrays.binarySearch(cumulative, random.nextDouble(total));
            framesOf.get(found >= 0 ? found : -found - 1).add(frame);
        }
        return framesOf.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private static Did did(long seed, int account) {
        return Did.parse("did:plc:" + Base32.encode(digest(seed, "did", account)).substring(0, 24));
    }

    /** The clock id of the account's TIDs, as each PDS picks one of 1,024. */
    private static int clockId(long seed, int account) {
        return digest(seed, "clock", account)[0] & 0x3ff;
    }

    private static SigningKey key(long seed, int account) {
        return SigningKey.fromBytes(KeyType.K256, digest(seed, "key", account));
    }

    private static byte[] digest(long seed, String what, int account) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest("plaza firehose bench %d %s %d".formatted(seed, what, account).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
