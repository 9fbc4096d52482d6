package org.blohub.hub.liaison;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.node.BackgroundJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Every {@code blo.liaison.overdue-scan} the node compares its own store with the deadlines: it closes what a
 * RESPONSE answered, and records each newly missed deadline once, with its OVERDUE audit event in the same
 * transaction. Since everything it needs is in the store, a restart or a link outage loses no deadline.
 */
final class OverdueJob extends BackgroundJob {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueJob.class);

    private final DeadlineStore deadlines;
    private final OverdueRule rule;
    private final AuditLog audit;
    private final TransactionOperations transactions;
    private final Clock clock;

    OverdueJob(DeadlineStore deadlines, OverdueRule rule, AuditLog audit, TransactionOperations transactions,
            Clock clock, Duration interval) {
        super("liaison-overdue", interval, interval);
        this.deadlines = deadlines;
        this.rule = rule;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    protected void runOnce() {
        try {
            scan();
        } catch (DataAccessException e) {
            LOG.error("BLO-LIA-002 cannot check reply deadlines, will retry in {}", interval(), e);
        }
    }

    void scan() {
        Instant now = clock.instant();
        int closed = deadlines.closeAnswered(now);
        if (closed > 0) {
            LOG.info("BLO-LIA-003 {} overdue request(s) closed by a response", closed);
        }
        for (OpenRequest request : deadlines.openRequests()) {
            for (Overdue overdue : rule.missedAt(request, now)) {
                record(overdue, now);
            }
        }
    }

    private void record(Overdue overdue, Instant now) {
        Boolean recorded = transactions.execute(status -> {
            if (!deadlines.record(overdue, now)) {
                return false;
            }
            audit.append(new AuditEvent(now, AuditEventType.OVERDUE, Optional.of(overdue.messageId()),
                    Optional.of(overdue.conversationId()), Optional.of(overdue.office()), List.of(), "node",
                    Optional.empty(), Optional.of(overdue.reason().name())));
            return true;
        });
        if (Boolean.TRUE.equals(recorded)) {
            LOG.warn("BLO-LIA-001 request {} of {} is overdue: {} since {}", overdue.messageId(), overdue.office(),
                    overdue.reason(), overdue.dueAt());
        }
    }
}
