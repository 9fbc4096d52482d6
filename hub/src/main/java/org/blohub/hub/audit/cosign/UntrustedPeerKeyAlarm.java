package org.blohub.hub.audit.cosign;

import java.time.Clock;
import java.util.Optional;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A peer's checkpoint or cosignature that is not signed with the key the signed registry publishes for that peer:
 * an operator log line with the stable code {@value #CODE} and an ADMIN event in this node's audit log (actor
 * {@code node:<PEER>}, action {@value #ACTION}, reason {@value #CODE}, target {@code checkpoint:<size>} or
 * {@code cosignature:<size>}). The message itself is refused and consumed.
 */
final class UntrustedPeerKeyAlarm {

    static final String CODE = "BLO-AUD-025";
    static final String ACTION = "PEER_AUDIT_KEY_REFUSED";
    private static final Logger LOG = LoggerFactory.getLogger(UntrustedPeerKeyAlarm.class);

    private final AuditLog auditLog;
    private final Clock clock;

    UntrustedPeerKeyAlarm(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** @param what {@code checkpoint} or {@code cosignature}, with the tree size when known */
    void raise(String peer, String what, String detail) {
        LOG.warn("{} refused a {} from peer {} not signed with the audit key the registry publishes for it: {}",
                CODE, what, peer, detail);
        auditLog.append(AuditEvent.admin(clock.instant(), "node:" + peer, ACTION, Optional.of(what),
                Optional.of(CODE)));
    }
}
