package org.blohub.hub.audit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs {@link CheckpointPublisher#publishIfGrown()} every configured interval while the node runs. */
final class CheckpointSchedule implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final CheckpointPublisher publisher;
    private final Duration interval;
    private ScheduledExecutorService executor;

    CheckpointSchedule(CheckpointPublisher publisher, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new AuditException("blo.audit.checkpoint-interval must be positive, not " + interval);
        }
        this.publisher = publisher;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::publish, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void publish() {
        try {
            publisher.publishIfGrown();
        } catch (AuditException e) {
            LOG.error("BLO-AUD-002 cannot sign an audit checkpoint, will retry in {}", interval, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
