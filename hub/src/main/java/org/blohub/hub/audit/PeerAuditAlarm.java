package org.blohub.hub.audit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's reaction to a peer's inconsistent checkpoint: an operator log line with the stable code
 * {@value #CODE}, an ADMIN audit event in this node's own log with that code as reason and the peer log
 * ({@code peer-log:<origin>}) as actor, and the peer's
 * audit marked DOWN in {@link PeerAuditStatus} (shown by the health endpoint).
 */
public final class PeerAuditAlarm implements InconsistentCheckpointAlarm {

    public static final String CODE = "BLO-AUD-010";

    private static final Logger LOG = LoggerFactory.getLogger(PeerAuditAlarm.class);

    private final AuditLog auditLog;
    private final PeerAuditStatus status;
    private final Clock clock;

    public PeerAuditAlarm(AuditLog auditLog, PeerAuditStatus status, Clock clock) {
        this.auditLog = auditLog;
        this.status = status;
        this.clock = clock;
    }

    @Override
    public void raise(String origin, WitnessedCheckpoint lastCosigned, long offeredSize, String detail) {
        LOG.error("{} audit log {} is inconsistent with the checkpoint cosigned at tree size {}"
                + " (offered tree size {}): {}", CODE, origin, lastCosigned.treeSize(), offeredSize, detail);
        status.markInconsistent(origin, detail);
        auditLog.append(new AuditEvent(clock.instant(), AuditEventType.ADMIN, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), "peer-log:" + origin, Optional.empty(), Optional.of(CODE)));
    }
}
