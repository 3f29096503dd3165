package dev.plaza.atproto.mst;

import dev.plaza.atproto.AtprotoException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Keys of the repository tree ("collection/record-key") and their heights: the number of leading
 * zero bits of the key's SHA-256, counted in pairs, so that each level holds about a quarter of the
 * keys of the level below (atproto repository spec, "Merkle Search Tree").
 */
public final class MstKeys {

    static final int MAX_KEY_BYTES = 1024;

    private MstKeys() {
    }

    public static int height(String key) {
        byte[] digest = sha256().digest(key.getBytes(StandardCharsets.UTF_8));
        int zeros = 0;
        for (byte b : digest) {
            if (b == 0) {
                zeros += 8;
                continue;
            }
            zeros += Integer.numberOfLeadingZeros(b & 0xff) - 24;
            break;
        }
        return zeros / 2;
    }

    /** The number of leading bytes (UTF-8) the two keys share. */
    public static int commonPrefixLength(String a, String b) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(x.length, y.length);
        int i = 0;
        while (i < n && x[i] == y[i]) {
            i++;
        }
        return i;
    }

    /** Refuses anything but "collection/rkey" of the characters the repository spec allows in tree keys. */
    public static String check(String key) {
        int slash = key.indexOf('/');
        if (slash <= 0 || slash == key.length() - 1 || key.indexOf('/', slash + 1) >= 0) {
            throw new AtprotoException("\"%s\" is not a repository path: it must be collection/record-key".formatted(key));
        }
        if (key.length() > MAX_KEY_BYTES) {
            throw new AtprotoException("a repository path is at most %d bytes; this one is %d".formatted(MAX_KEY_BYTES, key.length()));
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '/' || c == '.' || c == '-' || c == '_' || c == '~' || c == ':';
            if (!allowed) {
                throw new AtprotoException("'%c' at %d of \"%s\" is not allowed in a repository path".formatted(c, i, key));
            }
        }
        return key;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
