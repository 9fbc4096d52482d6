package org.blohub.hub.metrics;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.node.BackgroundJob;
import org.blohub.hub.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Counts the message events of the audit log since the node started, per peer node: submitted, delivered, refused
 * (by reason code) and expired. Reads the committed log a batch at a time, so a rolled-back step is never counted and
 * no pipeline class needs to know about metrics.
 */
final class AuditEventCounters extends BackgroundJob {

    static final String SUBMITTED = "blohub.messages.submitted";
    static final String DELIVERED = "blohub.messages.delivered";
    static final String REFUSED = "blohub.messages.refused";
    static final String EXPIRED = "blohub.messages.expired";

    private static final Logger LOG = LoggerFactory.getLogger(AuditEventCounters.class);
    private static final int BATCH = 500;

    private final AuditLog auditLog;
    private final MeterRegistry meters;
    private final PeerNodes peers;
    private long nextIndex = -1;

    AuditEventCounters(AuditLog auditLog, MeterRegistry meters, PeerNodes peers, Duration interval) {
        super("blo-metrics-audit", Duration.ZERO, interval);
        this.auditLog = auditLog;
        this.meters = meters;
        this.peers = peers;
        for (String peer : peers.linked()) {
            // present from the start, so that rates and alerts see a zero rather than no series
            meters.counter(SUBMITTED, "peer", peer);
            meters.counter(DELIVERED, "peer", peer);
            meters.counter(EXPIRED, "peer", peer);
        }
    }

    @Override
    protected void runOnce() {
        try {
            if (nextIndex < 0) {
                nextIndex = auditLog.size();
            }
            List<AuditRecord> batch;
            do {
                batch = auditLog.read(nextIndex, BATCH);
                batch.forEach(record -> count(record.event()));
                nextIndex += batch.size();
            } while (batch.size() == BATCH);
        } catch (DataAccessException | StoreException e) {
            LOG.warn("BLO-MET-001 cannot read the audit log from index {} for the message counters; retried in {}",
                    nextIndex, interval(), e);
        }
    }

    private void count(AuditEvent event) {
        switch (event.type()) {
            case SUBMITTED -> peers.nodesOf(event.toOffices()).forEach(peer -> increment(SUBMITTED, "peer", peer));
            case DELIVERED -> increment(DELIVERED, "peer", sender(event));
            case EXPIRED -> peers.nodesOf(event.toOffices()).forEach(peer -> increment(EXPIRED, "peer", peer));
            case REJECTED -> increment(REFUSED, "peer", sender(event), "reason", event.reasonCode().orElse("UNSPECIFIED"));
            default -> {
                // other events are not message traffic
            }
        }
    }

    private String sender(AuditEvent event) {
        return event.fromOffice().map(peers::nodeOf).orElse(PeerNodes.UNKNOWN);
    }

    private void increment(String name, String... tags) {
        Counter.builder(name).tags(tags).register(meters).increment();
    }
}
