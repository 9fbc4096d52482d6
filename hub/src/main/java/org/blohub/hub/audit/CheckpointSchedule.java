package org.blohub.hub.audit;

import java.time.Duration;
import org.blohub.hub.node.BackgroundJob;
import org.blohub.hub.node.RoleLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link CheckpointPublisher#publishIfGrown()} while the node runs: {@code debounce} after the log grew (an
 * append committed), so a checkpoint follows an exchange within about that time, and every {@code interval} in
 * any case (appends by another instance on the same database, a failed attempt). Growth during a pending run
 * joins it, so under load there is at most one checkpoint per {@code debounce}, not one per event.
 *
 * <p>Each run first claims the signer's role, so of several hub instances on one database one signs; the others
 * sign only once it has stopped or let its lease run out. Stopping gives the role up.
 */
final class CheckpointSchedule extends BackgroundJob implements AuditLogGrowth {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final CheckpointPublisher publisher;
    private final RoleLease signerRole;
    private final Duration debounce;

    CheckpointSchedule(CheckpointPublisher publisher, RoleLease signerRole, Duration interval, Duration debounce) {
        super("audit-checkpoints", Duration.ZERO, interval);
        if (interval.isNegative() || interval.isZero()) {
            throw new AuditException("blo.audit.checkpoint-interval must be positive, not " + interval);
        }
        if (debounce.isNegative()) {
            throw new AuditException("blo.audit.checkpoint-debounce must not be negative, not " + debounce);
        }
        this.publisher = publisher;
        this.signerRole = signerRole;
        this.debounce = debounce;
    }

    @Override
    protected void runOnce() {
        publish();
    }

    @Override
    public void grew() {
        runOnceMoreAfter(debounce);
    }

    @Override
    protected void stopped() {
        signerRole.release();
    }

    private void publish() {
        if (!signerRole.claim()) {
            return;
        }
        try {
            publisher.publishIfGrown();
        } catch (AuditException e) {
            LOG.error("BLO-AUD-002 cannot sign an audit checkpoint, will retry in {}", interval(), e);
        }
    }
}
