package org.blohub.hub.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.blohub.adapters.canonical.Priority;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class OverdueRuleTest {

    private static final Instant SUBMITTED = Instant.parse("2026-12-07T06:00:00Z");
    private static final Instant REPLY_BY = SUBMITTED.plus(Duration.ofHours(8));

    private final OverdueRule rule = new OverdueRule(
            new UnreadLimits(Duration.ofMinutes(30), Duration.ofHours(8), Duration.ofDays(3)));

    private static OpenRequest flash(Optional<Instant> readAt, boolean unreadRecorded) {
        return new OpenRequest("01KBTQ5M8Y00000000000000R1", "01KBTQ5M8Y00000000000000R1", "TH-CHIANGKHONG",
                Priority.FLASH, SUBMITTED, Optional.of(REPLY_BY), readAt, unreadRecorded);
    }

    @Test
    void aFlashRequestIsOnTimeUntilItsThirtyUnreadMinutesHavePassed() {
        assertThat(rule.missedAt(flash(Optional.empty(), false), SUBMITTED.plus(Duration.ofMinutes(30)))).isEmpty();
    }

    @Test
    void aFlashRequestUnreadAfterThirtyMinutesIsOverdueAsUnreadSinceThatLimit() {
        assertThat(rule.missedAt(flash(Optional.empty(), false), SUBMITTED.plus(Duration.ofMinutes(31))))
                .containsExactly(new Overdue("01KBTQ5M8Y00000000000000R1", "01KBTQ5M8Y00000000000000R1",
                        "TH-CHIANGKHONG", OverdueReason.UNREAD, SUBMITTED.plus(Duration.ofMinutes(30))));
    }

    @Test
    void aReadRequestIsNeverOverdueAsUnread() {
        assertThat(rule.missedAt(flash(Optional.of(SUBMITTED.plus(Duration.ofMinutes(5))), false),
                SUBMITTED.plus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void anUnreadRecordIsNotReportedTwice() {
        assertThat(rule.missedAt(flash(Optional.empty(), true), SUBMITTED.plus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void aRequestStillOpenAfterItsReplyByIsOverdueAsUnanswered() {
        assertThat(rule.missedAt(flash(Optional.of(SUBMITTED.plusSeconds(60)), false), REPLY_BY.plusSeconds(1)))
                .extracting(Overdue::reason, Overdue::dueAt)
                .containsExactly(Tuple.tuple(OverdueReason.UNANSWERED, REPLY_BY));
    }

    @Test
    void theUnreadLimitDependsOnThePriority() {
        OpenRequest routine = new OpenRequest("01KBTQ5M8Y00000000000000R2", "01KBTQ5M8Y00000000000000R2", "TH-CHIANGKHONG",
                Priority.ROUTINE, SUBMITTED, Optional.empty(), Optional.empty(), false);

        assertThat(rule.missedAt(routine, SUBMITTED.plus(Duration.ofDays(2)))).isEmpty();
        assertThat(rule.missedAt(routine, SUBMITTED.plus(Duration.ofDays(3)).plusSeconds(1)))
                .extracting(Overdue::reason).containsExactly(OverdueReason.UNREAD);
    }
}
