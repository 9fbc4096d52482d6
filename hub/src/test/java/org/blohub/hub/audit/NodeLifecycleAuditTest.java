package org.blohub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.blohub.hub.store.jdbc.JdbcAuditStorage;
import org.blohub.hub.store.jdbc.StoreSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class NodeLifecycleAuditTest {

    private static final Instant NOW = Instant.parse("2026-03-14T08:30:00Z");

    @TempDir
    Path directory;

    @Test
    void recordsThatTheNodeStopsWhenItsContextCloses() throws Exception {
        AuditLog auditLog = h2AuditLog();
        Path registry = Files.writeString(directory.resolve("registry.yaml"), "serial: 7\n", StandardCharsets.UTF_8);
        NodeLifecycleAudit lifecycle = new NodeLifecycleAudit(auditLog, "TH", 7, registry,
                Clock.fixed(NOW, ZoneOffset.UTC));
        AnnotationConfigApplicationContext node = new AnnotationConfigApplicationContext();
        node.registerBean(NodeLifecycleAudit.class, () -> lifecycle);
        node.refresh();
        assertThat(auditLog.size()).isZero();

        node.close();

        AuditRecord stopping = auditLog.read(0, 10).get(0);
        assertThat(auditLog.size()).isEqualTo(1);
        assertThat(stopping.event().actor()).isEqualTo("node:TH");
        assertThat(stopping.event().action()).contains("NODE_STOPPING");
        assertThat(stopping.event().time()).isEqualTo(NOW);
    }

    @Test
    void namesTheRegistryBySerialAndTheSha256OfItsFileWhenStarted() throws Exception {
        AuditLog auditLog = h2AuditLog();
        Path registry = Files.writeString(directory.resolve("registry.yaml"), "abc", StandardCharsets.UTF_8);

        new NodeLifecycleAudit(auditLog, "LA", 3, registry, Clock.fixed(NOW, ZoneOffset.UTC)).started();

        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertThat(auditLog.read(0, 1).get(0).event().target()).isEqualTo(Optional.of("registry:3:sha256:"
                + "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        assertThat(auditLog.read(0, 1).get(0).event().action()).contains("NODE_STARTED");
    }

    private AuditLog h2AuditLog() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath() + ";MODE=PostgreSQL;WRITE_DELAY=0", "sa", "");
        StoreSchema.migrate(dataSource);
        return JdbcAuditStorage.auditLog(dataSource, new CanonicalAuditLeafEncoder());
    }
}
