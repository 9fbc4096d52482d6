package org.blohub.hub.store.jdbc;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The store contracts on the official postgres:17 image, where a Docker engine is available
 * (CI with Docker; skipped on machines without one).
 */
@DisplayName("Stores on a postgres:17 container")
@Testcontainers(disabledWithoutDocker = true)
class StoresOnPostgresContainerTest {

    @Container
    private static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:17");

    private static PostgresDatabases databases;

    @BeforeAll
    static void prepareTemplate() {
        databases = new PostgresDatabases(POSTGRES.getDatabaseName(),
                name -> "jdbc:postgresql://" + POSTGRES.getHost() + ":"
                        + POSTGRES.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/" + name,
                POSTGRES.getUsername(), POSTGRES.getPassword());
    }

    @Nested
    class Schema extends SchemaContract {
        @Override
        TestDatabases databases() {
            return databases;
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
