package org.blohub.hub.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blohub.hub.store.jdbc.SampleTraffic.event;
import static org.blohub.hub.store.jdbc.SampleTraffic.newId;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.blohub.hub.store.AuditEventType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The store contracts on a real PostgreSQL 17: one server for the class, the migrations applied once
 * to a template database, and a fresh copy of the template per test.
 */
@DisplayName("Stores on embedded PostgreSQL 17")
class StoresOnEmbeddedPostgresTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String TEMPLATE = "store_template";
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        // durability is not under test: without fsync, CREATE DATABASE and commits are fast
        postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
        JdbcClient.create(postgres.getPostgresDatabase()).sql("CREATE DATABASE " + TEMPLATE).update();
        try (TestDatabase template = new TestDatabase(postgres.getJdbcUrl("postgres", TEMPLATE), "postgres", "")) {
            StoreSchema.migrate(template.newPool());
        }
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    static TestDatabase newDatabase() {
        String name = "store_" + DATABASES.incrementAndGet();
        JdbcClient.create(postgres.getPostgresDatabase())
                .sql("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " STRATEGY FILE_COPY")
                .update();
        return new TestDatabase(postgres.getJdbcUrl("postgres", name), "postgres", "");
    }

    @Nested
    class Schema extends SchemaContract {
        @Override
        TestDatabases databases() {
            return StoresOnEmbeddedPostgresTest::newDatabase;
        }

        @Test
        void refusesToTruncateTheAuditEvents() {
            stores.auditLog.append(event(AuditEventType.SENT, newId(), newId(), "node:TH", Instant.now()));

            assertThatThrownBy(() -> stores.jdbc.sql("TRUNCATE audit_events").update())
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("append-only");

            assertThat(stores.auditLog.read(0, 10)).hasSize(1);
        }
    }

    @Nested
    class Messages extends MessageStoreContract {
        @Override
        TestDatabases databases() {
            return StoresOnEmbeddedPostgresTest::newDatabase;
        }
    }

    @Nested
    class Receipts extends ReceiptStoreContract {
        @Override
        TestDatabases databases() {
            return StoresOnEmbeddedPostgresTest::newDatabase;
        }
    }

    @Nested
    class Quarantine extends QuarantineStoreContract {
        @Override
        TestDatabases databases() {
            return StoresOnEmbeddedPostgresTest::newDatabase;
        }
    }

    @Nested
    class Deduplication extends InboundDeduplicationContract {
        @Override
        TestDatabases databases() {
            return StoresOnEmbeddedPostgresTest::newDatabase;
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        @Override
        TestDatabases databases() {
            return StoresOnEmbeddedPostgresTest::newDatabase;
        }
    }
}
