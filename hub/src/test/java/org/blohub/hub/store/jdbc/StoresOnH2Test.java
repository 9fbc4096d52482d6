package org.blohub.hub.store.jdbc;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The store contracts on H2 file databases in PostgreSQL mode, as a node runs by default. */
@DisplayName("Stores on H2 (file, MODE=PostgreSQL)")
class StoresOnH2Test {

    @TempDir
    static Path directory;

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** The URL a node uses by default, under a temporary directory instead of ./data/<node>. */
    static TestDatabase newDatabase() {
        String file = directory.resolve("node-" + DATABASES.incrementAndGet()).toAbsolutePath().toString();
        TestDatabase database = new TestDatabase("jdbc:h2:file:" + file + ";MODE=PostgreSQL;LOCK_TIMEOUT=10000;OPTIMIZE_REUSE_RESULTS=FALSE;WRITE_DELAY=0",
                "sa", "");
        StoreSchema.migrate(database.newPool());
        return database;
    }

    @Nested
    class Schema extends SchemaContract {
        @Override
        TestDatabases databases() {
            return StoresOnH2Test::newDatabase;
        }
    }

    @Nested
    class Messages extends MessageStoreContract {
        @Override
        TestDatabases databases() {
            return StoresOnH2Test::newDatabase;
        }
    }

    @Nested
    class Receipts extends ReceiptStoreContract {
        @Override
        TestDatabases databases() {
            return StoresOnH2Test::newDatabase;
        }
    }

    @Nested
    class Quarantine extends QuarantineStoreContract {
        @Override
        TestDatabases databases() {
            return StoresOnH2Test::newDatabase;
        }
    }

    @Nested
    class Deduplication extends InboundDeduplicationContract {
        @Override
        TestDatabases databases() {
            return StoresOnH2Test::newDatabase;
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        @Override
        TestDatabases databases() {
            return StoresOnH2Test::newDatabase;
        }
    }

    @Nested
    class RoleLeases extends RoleLeaseContract {
        @Override
        TestDatabases databases() {
            return StoresOnH2Test::newDatabase;
        }
    }
}
