package dev.plaza.demo;

import java.time.Instant;
import java.util.random.RandomGenerator;

/** Identifiers in each platform's own shape: DIDs, record keys, wallets, Slack ids, snowflakes. */
final class Ids {

    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
    private static final String BASE32_SORTABLE = "234567abcdefghijklmnopqrstuvwxyz";
    private static final String HEX = "0123456789abcdef";
    private static final String SLACK = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private Ids() {
    }

    /** A did:plc, 24 base32 characters as the PLC directory mints them. */
    static String did(RandomGenerator rnd) {
        return "did:plc:" + chars(BASE32, 24, rnd);
    }

    /** An Ethereum-style wallet address. */
    static String wallet(RandomGenerator rnd) {
        return "0x" + chars(HEX, 40, rnd);
    }

    static String slackUser(RandomGenerator rnd) {
        return "U0" + chars(SLACK, 9, rnd);
    }

    /**
     * An AT Protocol TID: microseconds since the epoch and a 10-bit clock id, base32-sortable. The
     * sequence number goes into the clock id, so two records of one second never share a key.
     */
    static String tid(Instant at, long seq) {
        long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
        long value = (micros << 10) | (seq & 0x3FF);
        char[] out = new char[13];
        for (int i = 12; i >= 0; i--) {
            out[i] = BASE32_SORTABLE.charAt((int) (value & 31));
            value >>>= 5;
        }
        return new String(out);
    }

    /** A Mastodon-style status id: milliseconds in the high bits, a sequence in the low 16. */
    static long snowflake(Instant at, long seq) {
        return (at.toEpochMilli() << 16) | (seq & 0xFFFF);
    }

    /** A Slack message timestamp: seconds, a dot-less six-digit fraction made unique by the sequence. */
    static String slackTs(Instant at, long seq) {
        return at.getEpochSecond() + "%06d".formatted((at.getNano() / 1_000_000) * 1_000 + seq % 1_000);
    }

    private static String chars(String alphabet, int length, RandomGenerator rnd) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet.charAt(rnd.nextInt(alphabet.length()));
        }
        return new String(out);
    }
}
