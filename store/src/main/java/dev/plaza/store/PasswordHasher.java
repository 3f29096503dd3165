package dev.plaza.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}),
 * with OWASP's recommended minimum cost (19 MiB, 2 iterations, 1 lane). Parameters travel inside
 * each hash, so raising them later keeps old hashes verifiable.
 */
final class PasswordHasher {

    static final int MIN_LENGTH = 10;
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int LANES = 1;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();

    String hash(char[] password) {
        if (password.length < MIN_LENGTH) {
            throw new IllegalArgumentException("a password needs at least %d characters".formatted(MIN_LENGTH));
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, LANES, HASH_BYTES);
        return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s".formatted(MEMORY_KIB, ITERATIONS, LANES, B64.encodeToString(salt),
                B64.encodeToString(hash));
    }

    boolean verify(char[] password, String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 6 || !parts[1].equals("argon2id")) {
            return false;
        }
        int memory = 0;
        int iterations = 0;
        int lanes = 0;
        for (String param : parts[3].split(",")) {
            int value = Integer.parseInt(param.substring(2));
            switch (param.charAt(0)) {
                case 'm' -> memory = value;
                case 't' -> iterations = value;
                case 'p' -> lanes = value;
                default -> {
                    return false;
                }
            }
        }
        byte[] salt = B64D.decode(parts[4]);
        byte[] expected = B64D.decode(parts[5]);
        return MessageDigest.isEqual(expected, derive(password, salt, memory, iterations, lanes, expected.length));
    }

    /** A hash that costs as much to check as a real one, so unknown emails take as long as known ones. */
    String decoy() {
        return hash("decoy-password-never-used".toCharArray());
    }

    private static byte[] derive(char[] password, byte[] salt, int memory, int iterations, int lanes, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory).withIterations(iterations).withParallelism(lanes).withSalt(salt).build());
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] utf8 = new byte[encoded.remaining()];
        encoded.get(utf8);
        byte[] out = new byte[length];
        generator.generateBytes(utf8, out);
        Arrays.fill(utf8, (byte) 0);
        return out;
    }
}
