package org.blohub.hub.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.blohub.hub.security.CallerChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Records the changes the {@code users} command made to the callers file as ADMIN events, once the node has loaded
 * that file at start: action, target ({@code user:NAME} or {@code token:ID}), the operator as actor and, as reason,
 * when the change was made ({@code changed-at:<time>}). Recorded lines move to {@code callers-changes.log.recorded};
 * if the node stops in between, a change may be recorded twice, never lost.
 */
final class CallerChangesAudit {

    static final String REASON_PREFIX = "changed-at:";
    private static final Logger LOG = LoggerFactory.getLogger(CallerChangesAudit.class);

    private final AuditLog auditLog;
    private final Path journal;
    private final Clock clock;

    CallerChangesAudit(AuditLog auditLog, Path journal, Clock clock) {
        this.auditLog = auditLog;
        this.journal = journal;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recordPendingChanges() {
        if (!Files.exists(journal)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
            int recorded = 0;
            for (int number = 1; number <= lines.size(); number++) {
                String line = lines.get(number - 1);
                Optional<CallerChange> change = CallerChange.parse(line);
                if (change.isEmpty()) {
                    if (!line.isBlank()) {
                        LOG.warn("BLO-ADM-010 {} line {} is not a caller change; not recorded", journal, number);
                    }
                    continue;
                }
                auditLog.append(AuditEvent.admin(clock.instant(), change.get().actor(), change.get().action(),
                        Optional.of(change.get().target()), Optional.of(REASON_PREFIX + change.get().time())));
                recorded++;
            }
            Path done = journal.resolveSibling(journal.getFileName() + ".recorded");
            Files.write(done, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Files.delete(journal);
            LOG.info("BLO-ADM-011 recorded {} caller changes from {} as ADMIN audit events", recorded, journal);
        } catch (IOException e) {
            LOG.error("BLO-ADM-012 cannot record the caller changes in {}; they stay there for the next start",
                    journal, e);
        }
    }
}
