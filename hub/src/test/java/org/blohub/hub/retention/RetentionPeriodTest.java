package org.blohub.hub.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class RetentionPeriodTest {

    private static final Instant NOW = Instant.parse("2031-03-01T12:00:00Z");

    @Nested
    class Parsing {

        @Test
        void readsYearsAsCalendarYearsInUtc() {
            assertThat(RetentionPeriod.parse("blo.retention.request", "5y").storedBefore(NOW))
                    .contains(Instant.parse("2026-03-01T12:00:00Z"));
        }

        @Test
        void readsMonthsDaysHoursMinutesAndSeconds() {
            assertThat(cutoff("6mo")).isEqualTo(Instant.parse("2030-09-01T12:00:00Z"));
            assertThat(cutoff("90d")).isEqualTo(Instant.parse("2030-12-01T12:00:00Z"));
            assertThat(cutoff("12h")).isEqualTo(Instant.parse("2031-03-01T00:00:00Z"));
            assertThat(cutoff("30m")).isEqualTo(Instant.parse("2031-03-01T11:30:00Z"));
            assertThat(cutoff("10s")).isEqualTo(Instant.parse("2031-03-01T11:59:50Z"));
        }

        @Test
        void readsIsoPeriodsAndDurations() {
            assertThat(cutoff("P5Y")).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
            assertThat(cutoff("PT1S")).isEqualTo(Instant.parse("2031-03-01T11:59:59Z"));
        }

        @Test
        void neverKeepsContentForever() {
            RetentionPeriod never = RetentionPeriod.parse("blo.retention.alert", "never");

            assertThat(never.keepsForever()).isTrue();
            assertThat(never.storedBefore(NOW)).isEmpty();
        }

        @Test
        void refusesWhatIsNotAPositivePeriodNamingTheSettingAndTheFormsItTakes() {
            for (String wrong : new String[] {"5 years", "0d", "-1y", "P0D", "PT0S", "5", "y", "forever", ""}) {
                assertThatThrownBy(() -> RetentionPeriod.parse("blo.retention.request", wrong))
                        .as(wrong)
                        .isInstanceOf(RetentionSettingException.class)
                        .hasMessageContaining("blo.retention.request='" + wrong + "' is not a retention period")
                        .hasMessageContaining("5y").hasMessageContaining("PT1S").hasMessageContaining("never");
            }
        }

        @Test
        void doesNotEchoALongSettingInFull() {
            String long64 = "x".repeat(64);

            assertThatThrownBy(() -> RetentionPeriod.parse("blo.retention.request", long64))
                    .hasMessageNotContaining(long64).hasMessageContaining("...");
        }
    }

    @Nested
    class Rules {

        @Test
        void everyKindWithContentHasARuleOfFiveYearsUnlessSetAndReceiptsHaveNone() {
            RetentionRules rules = RetentionRules.from(new MockEnvironment()
                    .withProperty("blo.retention.alert", "PT1S"));

            assertThat(rules.all()).extracting(RetentionRule::name).containsExactly("retention.request=5y",
                    "retention.response=5y", "retention.notification=5y", "retention.alert=PT1S");
        }

        @Test
        void aWrongSettingStopsTheRulesFromBeingMade() {
            MockEnvironment environment = new MockEnvironment().withProperty("blo.retention.response", "five years");

            assertThatThrownBy(() -> RetentionRules.from(environment))
                    .hasMessageContaining("blo.retention.response='five years'");
        }
    }

    private static Instant cutoff(String setting) {
        return RetentionPeriod.parse("blo.retention.request", setting).storedBefore(NOW).orElseThrow();
    }
}
