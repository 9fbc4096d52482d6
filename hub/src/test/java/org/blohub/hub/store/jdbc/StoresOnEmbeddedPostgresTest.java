package org.blohub.hub.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blohub.hub.store.jdbc.SampleTraffic.event;
import static org.blohub.hub.store.jdbc.SampleTraffic.newId;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Instant;
import org.blohub.hub.audit.AuditEventType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/** The store contracts on a real PostgreSQL 17.5 (embedded binaries), one server for the class. */
@DisplayName("Stores on embedded PostgreSQL 17")
class StoresOnEmbeddedPostgresTest {

    private static EmbeddedPostgres postgres;
    private static PostgresDatabases databases;

    @BeforeAll
    static void startPostgres() throws IOException {
        // durability is not under test: without fsync, CREATE DATABASE and commits are faster
        postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
        databases = new PostgresDatabases("postgres", name -> postgres.getJdbcUrl("postgres", name), "postgres", "");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Nested
    class Schema extends SchemaContract {
        @Override
        TestDatabases databases() {
            return databases;
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
            return databases;
        }
    }

    @Nested
    class Receipts extends ReceiptStoreContract {
        @Override
        TestDatabases databases() {
            return databases;
        }
    }

    @Nested
    class Quarantine extends QuarantineStoreContract {
        @Override
        TestDatabases databases() {
            return databases;
        }
    }

    @Nested
    class Deduplication extends InboundDeduplicationContract {
        @Override
        TestDatabases databases() {
            return databases;
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        @Override
        TestDatabases databases() {
            return databases;
        }
    }

    @Nested
    class RoleLeases extends RoleLeaseContract {
        @Override
        TestDatabases databases() {
            return databases;
        }
    }
}
