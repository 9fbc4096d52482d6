package org.blohub.hub.retention;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.node.BackgroundJob;
import org.blohub.hub.store.AttachmentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Every {@code blo.retention.purge-scan} the node purges the content of the messages whose kind's retention period
 * has passed since it stored them, inbox and outbox alike: the attachment parts, then the sealed envelope and name
 * search keys with one PURGED audit event per message in the same transaction. What fails is tried again on the
 * next run, since a message counts as purged only once that transaction committed.
 */
final class PurgeJob extends BackgroundJob {

    static final int BATCH = 200;

    private static final Logger LOG = LoggerFactory.getLogger(PurgeJob.class);

    private final RetentionRules rules;
    private final ContentPurges purges;
    private final AttachmentStore attachments;
    private final AuditLog audit;
    private final TransactionOperations transactions;
    private final Clock clock;

    PurgeJob(RetentionRules rules, ContentPurges purges, AttachmentStore attachments, AuditLog audit,
            TransactionOperations transactions, Clock clock, Duration interval) {
        super("retention-purge", interval, interval);
        this.rules = rules;
        this.purges = purges;
        this.attachments = attachments;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    protected boolean applies() {
        return rules.all().stream().anyMatch(rule -> !rule.period().keepsForever());
    }

    @Override
    protected void runOnce() {
        try {
            scan();
        } catch (RuntimeException e) {
            LOG.error("BLO-RET-002 cannot purge content past its retention, will retry in {}", interval(), e);
        }
    }

    /** @return how many messages each rule purged in this run */
    Map<String, Integer> scan() {
        Instant now = clock.instant();
        Map<String, Integer> purged = new TreeMap<>();
        for (RetentionRule rule : rules.all()) {
            Optional<Instant> storedBefore = rule.period().storedBefore(now);
            if (storedBefore.isEmpty()) {
                continue;
            }
            int count = 0;
            int purgedInBatch;
            List<PurgeCandidate> due;
            do {
                due = purges.due(rule.kind().name(), storedBefore.get(), BATCH);
                purgedInBatch = 0;
                for (PurgeCandidate candidate : due) {
                    if (purge(candidate, rule, now)) {
                        purgedInBatch++;
                    }
                }
                count += purgedInBatch;
            } while (due.size() == BATCH && purgedInBatch > 0);
            if (count > 0) {
                purged.put(rule.name(), count);
            }
        }
        if (!purged.isEmpty()) {
            LOG.info("BLO-RET-001 retention purge: content of {} message(s) purged ({})",
                    purged.values().stream().mapToInt(Integer::intValue).sum(), purged.entrySet().stream()
                            .map(byRule -> byRule.getValue() + " under " + byRule.getKey())
                            .collect(Collectors.joining(", ")));
        }
        return purged;
    }

    /** One message; one that fails keeps its content until a later run, and does not hold up the others. */
    private boolean purge(PurgeCandidate candidate, RetentionRule rule, Instant now) {
        try {
            attachments.deleteAll(candidate.messageId());
            return Boolean.TRUE.equals(transactions.execute(status -> {
                if (!purges.purge(candidate.messageId(), now, rule.name())) {
                    return false;
                }
                audit.append(new AuditEvent(now, AuditEventType.PURGED, Optional.of(candidate.messageId()),
                        Optional.of(candidate.conversationId()), Optional.of(candidate.fromOffice()),
                        candidate.toOffices(), "node", Optional.of(candidate.envelopeSha256()),
                        Optional.of(rule.name())));
                return true;
            }));
        } catch (IOException | RuntimeException e) {
            LOG.warn("BLO-RET-003 message {}: content not purged under {}, tried again in {}: {}",
                    candidate.messageId(), rule.name(), interval(), e.toString());
            return false;
        }
    }
}
