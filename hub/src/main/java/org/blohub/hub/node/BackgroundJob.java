package org.blohub.hub.node;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A job that runs on its own daemon thread while the node runs: {@link #runOnce()} every {@code interval}, the
 * first time after {@code firstRunAfter}. A subclass may run more on the same thread with
 * {@link #runAfter(Duration, Runnable)}, so nothing it runs overlaps.
 *
 * <p>Stopping drops the runs not yet started and lets a run under way finish, for up to {@link #STOP_WAIT}, and
 * never interrupts it: an interrupt during a read or write of a file channel closes that channel, and H2 then loses
 * its database file until the node restarts.
 */
public abstract class BackgroundJob implements SmartLifecycle {

    static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJob.class);

    private final String threadName;
    private final Duration firstRunAfter;
    private final Duration interval;
    private final AtomicBoolean extraRunPending = new AtomicBoolean();
    private ScheduledThreadPoolExecutor executor;

    protected BackgroundJob(String threadName, Duration firstRunAfter, Duration interval) {
        this.threadName = threadName;
        this.firstRunAfter = firstRunAfter;
        this.interval = interval;
    }

    /** The time between the end of one run and the start of the next. */
    protected final Duration interval() {
        return interval;
    }

    /** One run; an exception it throws ends the schedule, so it handles its own failures. */
    protected abstract void runOnce();

    /** Whether the job has anything to do here; a job that has not is never started. */
    protected boolean applies() {
        return true;
    }

    @Override
    public final synchronized void start() {
        if (!applies()) {
            return;
        }
        executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.scheduleWithFixedDelay(this::runOnce, firstRunAfter.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Waits outside the lock: a run under way may call {@link #runAfter(Duration, Runnable)}. */
    @Override
    public final void stop() {
        ScheduledThreadPoolExecutor stopping;
        synchronized (this) {
            stopping = executor;
            executor = null;
        }
        if (stopping == null) {
            return;
        }
        stopping.shutdown();
        // a one-shot run already due stays queued through shutdown(): drop it, as a later one is dropped
        stopping.getQueue().clear();
        try {
            if (!stopping.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{} still running {} after the node began to stop; left to finish on its own", threadName,
                        STOP_WAIT);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        stopped();
    }

    /** Runs once the job has stopped with no run under way, on the thread that stopped it. */
    protected void stopped() {
    }

    @Override
    public final synchronized boolean isRunning() {
        return executor != null;
    }

    /**
     * Runs {@link #runOnce()} once more after {@code delay}, unless such a run is pending already: the requests
     * made meanwhile join it. A request made while that run is under way schedules the next one, so nothing that
     * asked for a run before the job looked is missed.
     */
    protected final void runOnceMoreAfter(Duration delay) {
        if (extraRunPending.compareAndSet(false, true) && !runAfter(delay, () -> {
            extraRunPending.set(false);
            runOnce();
        })) {
            extraRunPending.set(false);
        }
    }

    /** @return false if the job is not running, so nothing was scheduled */
    protected final synchronized boolean runAfter(Duration delay, Runnable task) {
        if (executor == null) {
            return false;
        }
        try {
            executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }
}
