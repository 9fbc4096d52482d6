package org.blohub.hub.web.oversight;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The dashboard's SQL on a real PostgreSQL 17 (embedded binaries), a fresh database per test. */
class TrafficStatisticsOnEmbeddedPostgresTest extends TrafficStatisticsContract {

    private static EmbeddedPostgres postgres;
    private static int databases;
    private OversightData data;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void freshDatabase() {
        String name = "oversight_" + ++databases;
        JdbcClient.create(postgres.getPostgresDatabase()).sql("CREATE DATABASE " + name).update();
        data = new OversightData(new DriverManagerDataSource(postgres.getJdbcUrl("postgres", name), "postgres", ""));
    }

    @Override
    OversightData data() {
        return data;
    }
}
