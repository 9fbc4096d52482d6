package org.blohub.hub.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationHook;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.metrics.StartupStep;

/**
 * Records how one node's Spring application starts: when Boot reached each milestone of its run, and
 * every step of the context's refresh (bean by bean), kept in memory. Hooks into the one
 * {@link SpringApplication#run} that {@link #launch} makes on this thread.
 */
final class StartupRecording implements SpringApplicationHook, SpringApplicationRunListener {

    /** Enough for every bean of a node and the steps between them. */
    private static final int CAPACITY = 20_000;
    private static final String BEAN_TAG = "beanName";

    private final BufferingApplicationStartup recording = new BufferingApplicationStartup(CAPACITY);
    private final Clock clock;
    private volatile Instant launchedAt = Instant.EPOCH;
    private volatile Instant environmentPrepared = Instant.EPOCH;
    private volatile Instant contextLoaded = Instant.EPOCH;
    private volatile Instant refreshed = Instant.EPOCH;
    private volatile Instant ready = Instant.EPOCH;

    StartupRecording(Clock clock) {
        this.clock = clock;
    }

    ConfigurableApplicationContext launch(Supplier<ConfigurableApplicationContext> start) {
        launchedAt = clock.instant();
        return SpringApplication.withHook(this, start::get);
    }

    @Override
    public SpringApplicationRunListener getRunListener(SpringApplication application) {
        application.setApplicationStartup(recording);
        return this;
    }

    @Override
    public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext, ConfigurableEnvironment environment) {
        environmentPrepared = clock.instant();
    }

    @Override
    public void contextLoaded(ConfigurableApplicationContext context) {
        contextLoaded = clock.instant();
    }

    @Override
    public void started(ConfigurableApplicationContext context, java.time.Duration timeTaken) {
        refreshed = clock.instant();
    }

    @Override
    public void ready(ConfigurableApplicationContext context, java.time.Duration timeTaken) {
        ready = clock.instant();
    }

    StartupMilestones milestones() {
        return new StartupMilestones(launchedAt, environmentPrepared, contextLoaded, refreshed, ready);
    }

    List<RecordedStep> steps() {
        return recording.getBufferedTimeline().getEvents().stream().map(StartupRecording::step).toList();
    }

    private static RecordedStep step(StartupTimeline.TimelineEvent event) {
        StartupStep step = event.getStartupStep();
        Optional<String> bean = StreamSupport.stream(step.getTags().spliterator(), false)
                .filter(tag -> tag.getKey().equals(BEAN_TAG)).map(StartupStep.Tag::getValue).findFirst();
        return new RecordedStep(step.getId(), Optional.ofNullable(step.getParentId()), step.getName(), bean,
                event.getStartTime(), event.getEndTime());
    }
}
