package dev.plaza.app.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Where the secret key comes from when none is configured: generated once, kept readable by its
 * owner only in {@code HOME/secret.key}. Losing it makes stored channel credentials unreadable.
 */
public final class SecretKeyFile {

    private SecretKeyFile() {
    }

    public static String resolve(PlazaConfig config) {
        if (config.secretKey().isPresent()) {
            return config.secretKey().get();
        }
        Path file = config.home().resolve("secret.key");
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(config.home());
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Path scratch = Files.createTempFile(config.home(), ".secret", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(scratch, key + "\n");
            Files.move(scratch, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new ConfigException("cannot read or create the secret key file %s: %s".formatted(file, e.getMessage()));
        }
    }
}
