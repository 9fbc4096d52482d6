package org.blohub.hub.airgap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.blohub.hub.store.jdbc.StoreSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcImportedBundlesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T16:00:00Z");

    @TempDir
    Path directory;

    @Test
    void claimsABundleIdOnceOnH2() {
        try (HikariDataSource h2 = pool("jdbc:h2:file:" + directory.resolve("node").toAbsolutePath()
                + ";MODE=PostgreSQL;WRITE_DELAY=0", "sa")) {
            assertClaimedOnceAndRecorded(h2);
        }
    }

    @Test
    void claimsABundleIdOnceOnPostgresql() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
                HikariDataSource pool = pool(postgres.getJdbcUrl("postgres", "postgres"), "postgres")) {
            assertClaimedOnceAndRecorded(pool);
        }
    }

    private static void assertClaimedOnceAndRecorded(DataSource dataSource) {
        StoreSchema.migrate(dataSource);
        JdbcImportedBundles bundles = new JdbcImportedBundles(JdbcClient.create(dataSource));
        BundleManifest manifest = TestBundles.manifest("01JD0000000000000000000B04", "LA", 2);

        assertThat(bundles.claim(manifest, NOW, "la-admin")).isTrue();
        assertThat(bundles.claim(manifest, NOW.plusSeconds(60), "la-admin")).isFalse();
        assertThat(bundles.claim(TestBundles.manifest("01JD0000000000000000000B05", "LA", 1), NOW, "la-admin"))
                .isTrue();
        assertThat(JdbcClient.create(dataSource).sql("SELECT from_node, imported_by, envelopes FROM airgap_bundles"
                        + " WHERE bundle_id = '01JD0000000000000000000B04'")
                .query((row, index) -> row.getString(1) + " " + row.getString(2) + " " + row.getInt(3)).single())
                .isEqualTo("TH la-admin 2");
    }

    private static HikariDataSource pool(String url, String user) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword("");
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }
}
