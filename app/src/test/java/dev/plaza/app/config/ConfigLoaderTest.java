package dev.plaza.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void defaultsNeedNoFileAndNoEnvironment() {
        PlazaConfig config = new ConfigLoader(Map.of(), dir).load(Optional.empty());

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.home()).isEqualTo(dir.resolve(".plaza"));
        assertThat(config.publicUrl()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(config.databaseUrl()).isEmpty();
        assertThat(config.logFormat()).isEqualTo(PlazaConfig.LogFormat.TEXT);
        assertThat(config.requireSignedFetch()).isFalse();
        assertThat(config.deliveryDeadAfter()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void signedFetchesAndTheDeliveryDeadlineComeFromTheFileOrTheEnvironment() throws Exception {
        Path toml = Files.writeString(dir.resolve("plaza.toml"), "require_signed_fetch = true\ndelivery_dead_after = \"30m\"\n");
        Path yaml = Files.writeString(dir.resolve("plaza.yaml"), "require_signed_fetch: false\ndelivery_dead_after: 3d\n");

        PlazaConfig fromToml = new ConfigLoader(Map.of(), dir).load(Optional.of(toml));
        PlazaConfig fromYaml = new ConfigLoader(Map.of(), dir).load(Optional.of(yaml));
        PlazaConfig fromEnv = new ConfigLoader(Map.of("PLAZA_REQUIRE_SIGNED_FETCH", "TRUE",
                "PLAZA_DELIVERY_DEAD_AFTER", "48h"), dir).load(Optional.of(yaml));

        assertThat(fromToml.requireSignedFetch()).isTrue();
        assertThat(fromToml.deliveryDeadAfter()).isEqualTo(Duration.ofMinutes(30));
        assertThat(fromYaml.requireSignedFetch()).isFalse();
        assertThat(fromYaml.deliveryDeadAfter()).isEqualTo(Duration.ofDays(3));
        assertThat(fromEnv.requireSignedFetch()).isTrue();
        assertThat(fromEnv.deliveryDeadAfter()).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void badSignedFetchAndDeadlineValuesNameTheKeyAndWhatIsAccepted() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of("PLAZA_REQUIRE_SIGNED_FETCH", "maybe"), dir).load(Optional.empty()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("require_signed_fetch: 'maybe' (from environment variable PLAZA_REQUIRE_SIGNED_FETCH) is not valid;"
                        + " expected true or false");
        for (String bad : new String[] {"2 weeks", "0h", "48", "-2d", "1.5h", "PT48H"}) {
            assertThatThrownBy(() -> new ConfigLoader(Map.of("PLAZA_DELIVERY_DEAD_AFTER", bad), dir).load(Optional.empty()))
                    .as(bad).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("delivery_dead_after: '" + bad + "'")
                    .hasMessageContaining("e.g. 30m, 48h or 2d");
        }
    }

    @Test
    void theEnvironmentOverridesTheTomlFile() throws Exception {
        Path file = Files.writeString(dir.resolve("plaza.toml"), """
                port = 9000
                public_url = "https://community.example.com"
                database_url = "postgres://plaza:pw@db:5432/plaza"
                """);

        PlazaConfig config = new ConfigLoader(Map.of("PLAZA_PORT", "9100", "PLAZA_HOME", "~/data"), dir).load(Optional.of(file));

        assertThat(config.port()).isEqualTo(9100);
        assertThat(config.home()).isEqualTo(dir.resolve("data"));
        assertThat(config.publicUrl()).isEqualTo(URI.create("https://community.example.com"));
        assertThat(config.secureCookies()).isTrue();
        assertThat(config.databaseUrl()).contains("postgres://plaza:pw@db:5432/plaza");
    }

    @Test
    void yamlFilesWorkToo() throws Exception {
        Path file = Files.writeString(dir.resolve("plaza.yaml"), "port: 8181\nlog_format: json\n");

        PlazaConfig config = new ConfigLoader(Map.of(), dir).load(Optional.of(file));

        assertThat(config.port()).isEqualTo(8181);
        assertThat(config.logFormat()).isEqualTo(PlazaConfig.LogFormat.JSON);
    }

    @Test
    void aBadValueNamesTheKeyItsSourceAndTheAcceptedValues() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of("PLAZA_PORT", "eighty"), dir).load(Optional.empty()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("port: 'eighty' (from environment variable PLAZA_PORT) is not valid; expected a number between 1 and 65535");
        assertThatThrownBy(() -> new ConfigLoader(Map.of("PLAZA_LOG_FORMAT", "xml"), dir).load(Optional.empty()))
                .hasMessageContaining("log_format").hasMessageContaining("text or json");
        assertThatThrownBy(() -> new ConfigLoader(Map.of("PLAZA_DATABASE_URL", "mysql://x"), dir).load(Optional.empty()))
                .hasMessageContaining("database_url").hasMessageContaining("postgres://");
        assertThatThrownBy(() -> new ConfigLoader(Map.of("PLAZA_PUBLIC_URL", "ftp://x"), dir).load(Optional.empty()))
                .hasMessageContaining("public_url");
        assertThatThrownBy(() -> new ConfigLoader(Map.of("PLAZA_SECRET_KEY", "short"), dir).load(Optional.empty()))
                .hasMessageContaining("secret_key").hasMessageContaining("at least 16");
    }

    @Test
    void unknownKeysAndBrokenFilesAreRefused() throws Exception {
        Path typo = Files.writeString(dir.resolve("plaza.toml"), "prot = 8080\n");
        assertThatThrownBy(() -> new ConfigLoader(Map.of(), dir).load(Optional.of(typo)))
                .hasMessageContaining("unknown key 'prot'").hasMessageContaining("port, public_url");
        Path broken = Files.writeString(dir.resolve("broken.toml"), "port = = 1\n");
        assertThatThrownBy(() -> new ConfigLoader(Map.of(), dir).load(Optional.of(broken))).hasMessageContaining("not valid TOML");
        assertThatThrownBy(() -> new ConfigLoader(Map.of(), dir).load(Optional.of(dir.resolve("missing.toml"))))
                .hasMessageContaining("does not exist");
    }

    @Test
    void aGeneratedSecretKeyIsKeptAndReused() {
        PlazaConfig config = new ConfigLoader(Map.of(), dir).load(Optional.empty());

        String first = SecretKeyFile.resolve(config);

        assertThat(first).hasSizeGreaterThanOrEqualTo(32);
        assertThat(SecretKeyFile.resolve(config)).isEqualTo(first);
        assertThat(dir.resolve(".plaza/secret.key")).exists();
    }
}
