package org.blohub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.blohub.hub.store.jdbc.JdbcAuditStorage;
import org.blohub.hub.store.jdbc.StoreSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class CallerChangesAuditTest {

    private static final Instant NOW = Instant.parse("2026-12-07T07:00:00Z");

    @TempDir
    Path directory;

    @Test
    void recordsEachJournalledChangeAsAnAdminEventAndSetsTheJournalAside() throws Exception {
        AuditLog auditLog = h2AuditLog();
        Path journal = Files.writeString(directory.resolve("callers-changes.log"), """
                2026-12-07T06:20:00Z USER_ADDED user:somchai-k operator:root
                2026-12-07T06:21:00Z TOKEN_REVOKED token:chiangsaen-case-system operator:root
                """);

        new CallerChangesAudit(auditLog, journal, Clock.fixed(NOW, ZoneOffset.UTC)).recordPendingChanges();

        List<AuditEvent> events = auditLog.read(0, 10).stream().map(record -> record.event()).toList();
        assertThat(events).hasSize(2);
        assertThat(events.get(0).type()).isEqualTo(AuditEventType.ADMIN);
        assertThat(events.get(0).actor()).isEqualTo("operator:root");
        assertThat(events.get(0).action()).contains("USER_ADDED");
        assertThat(events.get(0).target()).contains("user:somchai-k");
        assertThat(events.get(0).reasonCode()).isEqualTo(Optional.of("changed-at:2026-12-07T06:20:00Z"));
        assertThat(events.get(1).target()).contains("token:chiangsaen-case-system");
        assertThat(journal).doesNotExist();
        assertThat(directory.resolve("callers-changes.log.recorded")).content().contains("USER_ADDED user:somchai-k");
    }

    @Test
    void recordsTheValidLinesAndSkipsOneThatIsNotAChange() throws Exception {
        AuditLog auditLog = h2AuditLog();
        Path journal = Files.writeString(directory.resolve("callers-changes.log"), """
                not a change
                2026-12-07T06:20:00Z USER_DISABLED user:leaving-officer operator:root
                """);

        new CallerChangesAudit(auditLog, journal, Clock.fixed(NOW, ZoneOffset.UTC)).recordPendingChanges();

        assertThat(auditLog.size()).isEqualTo(1);
        assertThat(auditLog.read(0, 1).get(0).event().action()).contains("USER_DISABLED");
    }

    @Test
    void recordsNothingWhenNoChangeIsPending() {
        AuditLog auditLog = h2AuditLog();

        new CallerChangesAudit(auditLog, directory.resolve("callers-changes.log"), Clock.fixed(NOW, ZoneOffset.UTC))
                .recordPendingChanges();

        assertThat(auditLog.size()).isZero();
    }

    private AuditLog h2AuditLog() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath() + ";MODE=PostgreSQL;WRITE_DELAY=0", "sa", "");
        StoreSchema.migrate(dataSource);
        return JdbcAuditStorage.auditLog(dataSource, new CanonicalAuditLeafEncoder());
    }
}
