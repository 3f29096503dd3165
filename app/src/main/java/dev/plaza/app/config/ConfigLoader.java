package dev.plaza.app.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the configuration: defaults, then the file, then {@code PLAZA_*} environment variables.
 * Every problem stops start-up with a message naming the key, where it came from, and what it accepts.
 */
public final class ConfigLoader {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*([mhd])");

    private final Map<String, String> env;
    private final Path userHome;

    public ConfigLoader(Map<String, String> env, Path userHome) {
        this.env = Map.copyOf(env);
        this.userHome = userHome;
    }


    public PlazaConfig load(Optional<Path> file) {
        Map<ConfigKey, Value> values = new LinkedHashMap<>();
        file.ifPresent(path -> ConfigFile.read(path).forEach((key, value) -> values.put(
                ConfigKey.byKey(key).orElseThrow(() -> new ConfigException("%s: unknown key '%s'; known keys are %s"
                        .formatted(path, key, ConfigKey.allKeys()))),
                new Value(value, path.toString()))));
        for (ConfigKey key : ConfigKey.values()) {
            String fromEnv = env.get(key.envVar());
            if (fromEnv != null && !fromEnv.isBlank()) {
                values.put(key, new Value(fromEnv.strip(), "environment variable " + key.envVar()));
            }
        }
        int port = port(values);
        Path home = Optional.ofNullable(values.get(ConfigKey.HOME)).map(v -> Path.of(expandHome(v.text())))
                .orElse(userHome.resolve(".plaza")).toAbsolutePath().normalize();
        URI publicUrl = Optional.ofNullable(values.get(ConfigKey.PUBLIC_URL)).map(ConfigLoader::publicUrl)
                .orElse(URI.create("http://localhost:" + port));
        Optional<String> databaseUrl = Optional.ofNullable(values.get(ConfigKey.DATABASE_URL)).map(ConfigLoader::databaseUrl);
        Optional<String> secretKey = Optional.ofNullable(values.get(ConfigKey.SECRET_KEY)).map(ConfigLoader::secretKey);
        String host = Optional.ofNullable(values.get(ConfigKey.HOST)).map(Value::text).orElse("0.0.0.0");
        PlazaConfig.LogFormat logFormat = Optional.ofNullable(values.get(ConfigKey.LOG_FORMAT)).map(ConfigLoader::logFormat)
                .orElse(PlazaConfig.LogFormat.TEXT);
        boolean requireSignedFetch = Optional.ofNullable(values.get(ConfigKey.REQUIRE_SIGNED_FETCH))
                .map(v -> bool(ConfigKey.REQUIRE_SIGNED_FETCH, v)).orElse(false);
        Duration deadAfter = Optional.ofNullable(values.get(ConfigKey.DELIVERY_DEAD_AFTER))
                .map(v -> duration(ConfigKey.DELIVERY_DEAD_AFTER, v)).orElse(PlazaConfig.DELIVERY_DEAD_AFTER);
        return new PlazaConfig(host, port, publicUrl, home, databaseUrl, secretKey, logFormat, requireSignedFetch, deadAfter);
    }

    private record Value(String text, String source) {
    }

    private static int port(Map<ConfigKey, Value> values) {
        Value value = values.get(ConfigKey.PORT);
        if (value == null) {
            return 8080;
        }
        try {
            int port = Integer.parseInt(value.text());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted values
        }
        throw invalid(ConfigKey.PORT, value);
    }

    private static URI publicUrl(Value value) {
        try {
            URI uri = new URI(value.text());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))) {
                return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
            }
        } catch (URISyntaxException e) {
            // reported below with the accepted values
        }
        throw invalid(ConfigKey.PUBLIC_URL, value);
    }

    private static String databaseUrl(Value value) {
        String url = value.text();
        if (url.startsWith("postgres://") || url.startsWith("postgresql://") || url.startsWith("jdbc:postgresql:")) {
            return url;
        }
        throw new ConfigException("database_url (from %s) is not a PostgreSQL URL; expected %s"
                .formatted(value.source(), ConfigKey.DATABASE_URL.accepts));
    }

    private static String secretKey(Value value) {
        if (value.text().length() >= 16) {
            return value.text();
        }
        throw new ConfigException("secret_key (from %s) is too short; expected %s".formatted(value.source(),
                ConfigKey.SECRET_KEY.accepts));
    }

    private static PlazaConfig.LogFormat logFormat(Value value) {
        try {
            return PlazaConfig.LogFormat.valueOf(value.text().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(ConfigKey.LOG_FORMAT, value);
        }
    }

    private static boolean bool(ConfigKey key, Value value) {
        return switch (value.text().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(key, value);
        };
    }

    /** A whole number of minutes, hours or days: {@code 30m}, {@code 48h}, {@code 2d}; more than zero. */
    private static Duration duration(ConfigKey key, Value value) {
        Matcher matcher = DURATION.matcher(value.text().toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            Duration duration = switch (matcher.group(2)) {
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            if (amount > 0) {
                return duration;
            }
        }
        throw invalid(key, value);
    }

    private String expandHome(String path) {
        return path.startsWith("~/") ? userHome.resolve(path.substring(2)).toString() : path;
    }

    private static ConfigException invalid(ConfigKey key, Value value) {
        return new ConfigException("%s: '%s' (from %s) is not valid; expected %s"
                .formatted(key.key, value.text(), value.source(), key.accepts));
    }

}
