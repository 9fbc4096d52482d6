package org.blohub.hub.audit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/** Makes fresh node databases on one engine: H2 files in PostgreSQL mode, or embedded PostgreSQL 17. */
interface AuditDatabases extends AutoCloseable {

    AuditDatabase create();

    @Override
    void close();

    static AuditDatabases h2() {
        Path directory;
        try {
            directory = Files.createTempDirectory("audit-h2");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicInteger count = new AtomicInteger();
        return new AuditDatabases() {
            @Override
            public AuditDatabase create() {
                String file = directory.resolve("node-" + count.incrementAndGet()).toAbsolutePath().toString();
                return new AuditDatabase(AuditDatabase.Engine.H2,
                        "jdbc:h2:file:" + file + ";MODE=PostgreSQL;LOCK_TIMEOUT=20000;WRITE_DELAY=0", "sa");
            }

            @Override
            public void close() {
                try {
                    FileSystemUtils.deleteRecursively(directory);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    static AuditDatabases embeddedPostgres() {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JdbcClient admin = JdbcClient.create(postgres.getPostgresDatabase());
        AtomicInteger count = new AtomicInteger();
        return new AuditDatabases() {
            @Override
            public AuditDatabase create() {
                String name = "audit_" + count.incrementAndGet();
                admin.sql("CREATE DATABASE " + name).update();
                return new AuditDatabase(AuditDatabase.Engine.POSTGRESQL, postgres.getJdbcUrl("postgres", name),
                        "postgres");
            }

            @Override
            public void close() {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
