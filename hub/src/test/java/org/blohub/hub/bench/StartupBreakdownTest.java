package org.blohub.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StartupBreakdownTest {

    private static final Instant LAUNCH = Instant.parse("2026-12-07T12:00:00Z");
    private static final StartupMilestones MILESTONES = new StartupMilestones(LAUNCH, at(500), at(800), at(6_800),
            at(7_000));

    // refresh 0.8-6.8 s: post-processing 0.3 s, bean "nodeBroker" 2 s (of which "flywayInitializer" 1.5 s nested),
    // bean "camelContext" 0.5 s; the remaining 3.2 s are outside any step
    private static final List<RecordedStep> STEPS = List.of(
            step(1, null, StartupBreakdown.REFRESH, null, 800, 6_800),
            step(2, 1L, "spring.context.beans.post-process", null, 800, 1_100),
            step(3, 1L, StartupBreakdown.CREATING_BEAN, "nodeBroker", 1_100, 3_100),
            step(4, 3L, StartupBreakdown.CREATING_BEAN, "flywayInitializer", 1_200, 2_700),
            step(5, 1L, StartupBreakdown.CREATING_BEAN, "camelContext", 3_100, 3_600));

    private final StartupBreakdown breakdown = StartupBreakdown.of("LA", MILESTONES, STEPS, at(7_400), at(8_000), 2);

    @Test
    void timesHealthUpAndLinksUpFromTheLaunch() {
        assertThat(breakdown.toHealthUp()).isEqualTo(Duration.ofMillis(7_400));
        assertThat(breakdown.toLinksUp()).isEqualTo(Duration.ofMillis(8_000));
        assertThat(breakdown.describe().get(0))
                .isEqualTo("LA: health UP 7.40 s after launch, every link up 8.00 s after launch");
    }

    @Test
    void splitsTheRefreshIntoItsDirectStepsWithAllBeanCreationsAsOneAndTheTimeOutsideAnyStep() {
        assertThat(breakdown.refresh()).containsExactly(
                new StartupBreakdown.Phase(StartupBreakdown.OUTSIDE_STEPS, Duration.ofMillis(3_200)),
                new StartupBreakdown.Phase("creating beans", Duration.ofMillis(2_500)),
                new StartupBreakdown.Phase("spring.context.beans.post-process", Duration.ofMillis(300)));
    }

    @Test
    void listsTheBeansByTheirOwnTimeWithoutTheBeansNestedInThem() {
        assertThat(breakdown.largestBeans()).containsExactly(
                new StartupBreakdown.Phase("flywayInitializer", Duration.ofMillis(1_500)),
                new StartupBreakdown.Phase("nodeBroker", Duration.ofMillis(500)));
    }

    @Test
    void describesEachMilestoneInSeconds() {
        assertThat(breakdown.describe()).contains(
                "     0.50 s  Boot: configuration read, logging set up",
                "     6.00 s  context refresh:",
                "         3.20 s  " + StartupBreakdown.OUTSIDE_STEPS,
                "     0.40 s  until health UP",
                "     0.60 s  until every link is up",
                "         1.50 s  flywayInitializer");
    }

    private static Instant at(long millis) {
        return LAUNCH.plusMillis(millis);
    }

    private static RecordedStep step(long id, Long parent, String name, String bean, long start, long end) {
        return new RecordedStep(id, Optional.ofNullable(parent), name, Optional.ofNullable(bean), at(start), at(end));
    }
}
