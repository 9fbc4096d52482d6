package org.blohub.hub.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.blohub.hub.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class StoreSchemaTest {

    @TempDir
    Path directory;

    @Test
    void refusesAnH2DatabaseNotInPostgreSqlModeBeforeCreatingAnyTable() {
        DriverManagerDataSource plainH2 =
                new DriverManagerDataSource("jdbc:h2:file:" + directory.resolve("plain").toAbsolutePath(), "sa", "");

        assertThatThrownBy(() -> StoreSchema.migrate(plainH2))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("MODE=PostgreSQL");

        assertThat(JdbcClient.create(plainH2)
                .sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")
                .query(Long.class)
                .single())
                .isZero();
    }

    @Test
    void refusesAnH2DatabaseThatHoldsCommitsBackBeforeCreatingAnyTable() {
        DriverManagerDataSource delayedH2 = new DriverManagerDataSource(
                "jdbc:h2:file:" + directory.resolve("delayed").toAbsolutePath() + ";MODE=PostgreSQL", "sa", "");

        assertThatThrownBy(() -> StoreSchema.migrate(delayedH2))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("WRITE_DELAY is 500 ms")
                .hasMessageContaining("add ;WRITE_DELAY=0 to spring.datasource.url");

        assertThat(JdbcClient.create(delayedH2)
                .sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")
                .query(Long.class)
                .single())
                .isZero();
    }
}
