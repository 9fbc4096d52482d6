package org.blohub.hub.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundJobTest {

    @Test
    void stopLetsARunUnderWayFinishWithoutInterruptingIt() throws Exception {
        BlockingJob job = new BlockingJob();
        job.start();
        assertThat(job.entered.await(10, TimeUnit.SECONDS)).isTrue();

        Thread stopper = new Thread(job::stop);
        stopper.start();
        stopper.join(300);
        assertThat(stopper.isAlive()).as("stop waits for the run").isTrue();

        job.release.countDown();
        stopper.join(10_000);

        assertThat(stopper.isAlive()).isFalse();
        assertThat(job.interrupted).isFalse();
        assertThat(job.finished).isTrue();
        assertThat(job.isRunning()).isFalse();
    }

    @Test
    void runsNothingScheduledAfterStopping() throws Exception {
        CountingJob job = new CountingJob();
        job.start();
        assertThat(job.scheduleExtraRun(Duration.ofMillis(200))).isTrue();

        job.stop();
        Thread.sleep(400);

        assertThat(job.runs.get()).isZero();
        assertThat(job.scheduleExtraRun(Duration.ZERO)).isFalse();
    }

    @Test
    void stopDropsRunsAlreadyDueButNotYetStarted() throws Exception {
        BlockingJob job = new BlockingJob();
        job.start();
        assertThat(job.entered.await(10, TimeUnit.SECONDS)).isTrue();
        for (int n = 0; n < 100; n++) {
            assertThat(job.scheduleExtraRun(Duration.ZERO)).isTrue();
        }

        Thread stopper = new Thread(job::stop);
        stopper.start();
        stopper.join(300);
        job.release.countDown();
        stopper.join(10_000);

        assertThat(stopper.isAlive()).isFalse();
        assertThat(job.runs.get()).as("only the run under way").isEqualTo(1);
    }

    @Test
    void requestsForAnotherRunMadeWhileOneIsPendingJoinIt() throws Exception {
        BlockingJob job = new BlockingJob();
        job.start();
        assertThat(job.entered.await(10, TimeUnit.SECONDS)).isTrue();

        for (int n = 0; n < 100; n++) {
            job.askForAnotherRun();
        }
        job.release.countDown();

        Thread.sleep(500);
        assertThat(job.runs.get()).as("the first run and one more").isEqualTo(2);
        job.askForAnotherRun();
        Thread.sleep(500);
        assertThat(job.runs.get()).as("a request after the pending run has started gets a run of its own")
                .isEqualTo(3);
        job.stop();
    }

    private static final class BlockingJob extends BackgroundJob {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger runs = new AtomicInteger();
        volatile boolean interrupted;
        volatile boolean finished;

        BlockingJob() {
            super("blocking-job", Duration.ZERO, Duration.ofHours(1));
        }

        @Override
        protected void runOnce() {
            runs.incrementAndGet();
            entered.countDown();
            try {
                release.await();
                finished = true;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }

        boolean scheduleExtraRun(Duration delay) {
            return runAfter(delay, this::runOnce);
        }

        void askForAnotherRun() {
            runOnceMoreAfter(Duration.ZERO);
        }
    }

    private static final class CountingJob extends BackgroundJob {
        final AtomicInteger runs = new AtomicInteger();

        CountingJob() {
            super("counting-job", Duration.ofHours(1), Duration.ofHours(1));
        }

        @Override
        protected void runOnce() {
            runs.incrementAndGet();
        }

        boolean scheduleExtraRun(Duration delay) {
            return runAfter(delay, this::runOnce);
        }
    }
}
