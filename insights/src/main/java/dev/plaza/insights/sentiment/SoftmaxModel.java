package dev.plaza.insights.sentiment;

import dev.plaza.insights.InsightsException;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Multinomial logistic regression over hashed features: a weight per bucket and class, and a bias per
 * class. Stored with each class's weights quantized to a byte (the scores move by well under a
 * thousandth), with a 64-bit fingerprint of each post it was trained on, so that an evaluation can
 * leave out the posts the model has seen.
 */
final class SoftmaxModel {

    static final int CLASSES = 3;
    private static final int MAGIC = 0x504c5a53; // "PLZS"
    private static final int VERSION = 1;
    private static final int MAX_POSTS = 10_000_000;

    final float[] weights;
    final float[] bias;
    private final int buckets;
    private final long[] trainedOn;

    SoftmaxModel(int buckets, float[] weights, float[] bias, long[] trainedOn) {
        if (weights.length != buckets * CLASSES || bias.length != CLASSES) {
            throw new IllegalArgumentException("a model of %d buckets has %d weights and %d biases, not %d and %d"
                    .formatted(buckets, buckets * CLASSES, CLASSES, weights.length, bias.length));
        }
        this.buckets = buckets;
        this.weights = weights;
        this.bias = bias;
        this.trainedOn = trainedOn.clone();
        java.util.Arrays.sort(this.trainedOn);
    }

    int buckets() {
        return buckets;
    }

    /** Whether a post with this {@link PostFingerprint} was among those the model was trained on. */
    boolean trainedOn(long fingerprint) {
        return java.util.Arrays.binarySearch(trainedOn, fingerprint) >= 0;
    }

    /** Each class's probability for {@code x}, in {@code into}. */
    void probabilities(SparseVector x, double[] into) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < CLASSES; c++) {
            double score = bias[c];
            for (int i = 0; i < x.size(); i++) {
                score += weights[x.indexes()[i] * CLASSES + c] * x.values()[i];
            }
            into[c] = score;
            max = Math.max(max, score);
        }
        double sum = 0;
        for (int c = 0; c < CLASSES; c++) {
            into[c] = Math.exp(into[c] - max);
            sum += into[c];
        }
        for (int c = 0; c < CLASSES; c++) {
            into[c] /= sum;
        }
    }

    /** The likeliest class of {@code probabilities}. */
    static int likeliest(double[] probabilities) {
        int best = 0;
        for (int c = 1; c < probabilities.length; c++) {
            best = probabilities[c] > probabilities[best] ? c : best;
        }
        return best;
    }

    void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gzip);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(buckets);
        data.writeInt(CLASSES);
        for (float b : bias) {
            data.writeFloat(b);
        }
        data.writeInt(trainedOn.length);
        for (long fingerprint : trainedOn) {
            data.writeLong(fingerprint);
        }
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / 127;
        data.writeFloat(scale);
        byte[] quantized = new byte[weights.length];
        for (int i = 0; i < weights.length; i++) {
            quantized[i] = (byte) Math.round(weights[i] / scale);
        }
        data.write(quantized);
        data.flush();
        gzip.finish();
    }

    static SoftmaxModel read(InputStream in) {
        try (DataInputStream data = new DataInputStream(new GZIPInputStream(in))) {
            if (data.readInt() != MAGIC || data.readInt() != VERSION) {
                throw new InsightsException("not a Plaza sentiment model (version %d), or one of another version".formatted(VERSION));
            }
            int buckets = data.readInt();
            int classes = data.readInt();
            if (classes != CLASSES || buckets <= 0 || buckets > (1 << 24)) {
                throw new InsightsException("a sentiment model of %d buckets and %d classes: Plaza reads %d classes"
                        .formatted(buckets, classes, CLASSES));
            }
            float[] bias = new float[CLASSES];
            for (int c = 0; c < CLASSES; c++) {
                bias[c] = data.readFloat();
            }
            int posts = data.readInt();
            if (posts < 0 || posts > MAX_POSTS) {
                throw new InsightsException("the sentiment model says it was trained on %d posts".formatted(posts));
            }
            long[] trainedOn = new long[posts];
            for (int i = 0; i < posts; i++) {
                trainedOn[i] = data.readLong();
            }
            float scale = data.readFloat();
            byte[] quantized = data.readNBytes(buckets * CLASSES);
            if (quantized.length != buckets * CLASSES) {
                throw new InsightsException("the sentiment model ends after %d of its %d weights".formatted(quantized.length,
                        buckets * CLASSES));
            }
            float[] weights = new float[quantized.length];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = quantized[i] * scale;
            }
            return new SoftmaxModel(buckets, weights, bias, trainedOn);
        } catch (IOException e) {
            throw new InsightsException("the sentiment model could not be read: " + e.getMessage(), e);
        }
    }
}
