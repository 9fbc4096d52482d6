package org.blohub.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PacingTest {

    @Test
    void atFiftyPerSecondEachMessageIsDueTwentyMillisecondsAfterThePreviousOne() {
        Pacing.FixedRate fifty = new Pacing.FixedRate(50);

        assertThat(fifty.dueAt(1_000, 0)).isEqualTo(1_000);
        assertThat(fifty.dueAt(1_000, 1)).isEqualTo(1_000 + 20_000_000);
        assertThat(fifty.dueAt(1_000, 15_000)).isEqualTo(1_000 + 300_000_000_000L);
    }

    @Test
    void aFractionalRateDoesNotDriftOverALongRun() {
        Pacing.FixedRate third = new Pacing.FixedRate(1 / 3.0);

        assertThat(third.dueAt(0, 1_000_000)).isEqualTo(3_000_000_000_000_000L);
    }

    @Test
    void aRateHeldForFiveMinutesSendsRateTimesThreeHundredMessages() {
        assertThat(new Pacing.FixedRate(25).messagesIn(300)).isEqualTo(7_500);
        assertThat(new Pacing.FixedRate(100).messagesIn(300)).isEqualTo(30_000);
        assertThat(new Pacing.FixedRate(0.001).messagesIn(1)).as("at least one message").isEqualTo(1);
    }

    @Test
    void refusesARateThatIsNotPositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Pacing.FixedRate(0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Pacing.FixedRate(Double.NaN));
    }
}
