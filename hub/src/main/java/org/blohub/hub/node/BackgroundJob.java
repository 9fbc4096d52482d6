package org.blohub.hub.node;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * A job that runs on its own daemon thread while the node runs: {@link #runOnce()} every {@code interval}, the
 * first time after {@code firstRunAfter}. A subclass may run more on the same thread with
 * {@link #runAfter(Duration, Runnable)}, so nothing it runs overlaps.
 */
public abstract class BackgroundJob implements SmartLifecycle {

    private final String threadName;
    private final Duration firstRunAfter;
    private final Duration interval;
    private ScheduledExecutorService executor;

    protected BackgroundJob(String threadName, Duration firstRunAfter, Duration interval) {
        this.threadName = threadName;
        this.firstRunAfter = firstRunAfter;
        this.interval = interval;
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
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runOnce, firstRunAfter.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public final synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public final synchronized boolean isRunning() {
        return executor != null;
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
