package dev.plaza.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void postgresUrlsBecomeJdbcUrls() {
        assertThat(DatabaseUrl.toJdbc("postgres://plaza:s3cret@db.internal:5433/plaza?sslmode=require"))
                .isEqualTo("jdbc:postgresql://db.internal:5433/plaza?user=plaza&password=s3cret&sslmode=require");
        assertThat(DatabaseUrl.toJdbc("jdbc:postgresql://localhost/plaza")).isEqualTo("jdbc:postgresql://localhost/plaza");
    }

    @Test
    void otherUrlsAreRefusedWithoutEchoingThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.toJdbc("mysql://u:hunter2@h/db"))
                .hasMessageContaining("not a PostgreSQL URL").hasMessageNotContaining("hunter2");
    }
}
