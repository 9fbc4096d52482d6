package org.blohub.hub.audit;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code /actuator/health/peerAudit}: DOWN, naming each peer log, once a peer offered a checkpoint that
 * contradicts one this node cosigned (BLO-AUD-010).
 */
final class PeerAuditHealthIndicator implements HealthIndicator {

    private final PeerAuditStatus status;

    PeerAuditHealthIndicator(PeerAuditStatus status) {
        this.status = status;
    }

    @Override
    public Health health() {
        if (status.problems().isEmpty()) {
            return Health.up().build();
        }
        return Health.down().withDetail("code", PeerAuditAlarm.CODE).withDetail("inconsistentLogs", status.problems())
                .build();
    }
}
