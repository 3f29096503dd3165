package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTest {

    record Sample(long personId, Instant lastSeen, LocalDate day, Optional<String> profileUrl, Optional<String> handle) {
    }

    @Test
    void namesAreSnakeCaseTimesAreIsoAndEmptyOptionalsAreNull() throws Exception {
        String json = Json.mapper().writeValueAsString(new Sample(12, Instant.parse("2025-03-01T10:00:00Z"),
                LocalDate.parse("2025-03-01"), Optional.empty(), Optional.of("@ada@example.social")));

        assertThat(json).isEqualTo("{\"person_id\":12,\"last_seen\":\"2025-03-01T10:00:00Z\",\"day\":\"2025-03-01\","
                + "\"profile_url\":null,\"handle\":\"@ada@example.social\"}");
    }

    @Test
    void readsWhatItWrites() throws Exception {
        Sample sample = Json.mapper().readValue("{\"person_id\":3,\"last_seen\":\"2025-03-01T10:00:00Z\","
                + "\"day\":\"2025-03-02\",\"profile_url\":null,\"handle\":\"x\"}", Sample.class);

        assertThat(sample.personId()).isEqualTo(3);
        assertThat(sample.profileUrl()).isEmpty();
        assertThat(sample.lastSeen()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
    }
}
