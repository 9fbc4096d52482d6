package org.blohub.hub.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.blohub.adapters.canonical.FieldErrorCode;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Priority;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReplyByRuleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    private final ReplyByRule rule = new ReplyByRule(
            new ReplyByLimits(Duration.ofHours(8), Duration.ofDays(3), Duration.ofDays(14)), Clock.fixed(NOW, ZoneOffset.UTC));

    private static LiaisonMessage.Builder request(Priority priority) {
        return LiaisonMessage.builder().id("01KBTQ5M8Y0000000000000000").conversationId("01KBTQ5M8Y0000000000000000")
                .from("TH-MAESAI").to("MM-TACHILEIK").kind(MessageKind.REQUEST).priority(priority)
                .handling(HandlingCode.H0).createdAt(NOW.minusSeconds(60)).language("en").subject("Vehicle check");
    }

    @Nested
    class ARequestWithoutReplyBy {

        @Test
        void getsEightHoursWhenFlash() {
            assertThat(rule.withDefault(request(Priority.FLASH).build()).replyBy()).contains(NOW.plus(Duration.ofHours(8)));
        }

        @Test
        void getsThreeDaysWhenImmediateAndFourteenWhenRoutine() {
            assertThat(rule.withDefault(request(Priority.IMMEDIATE).build()).replyBy()).contains(NOW.plus(Duration.ofDays(3)));
            assertThat(rule.withDefault(request(Priority.ROUTINE).build()).replyBy()).contains(NOW.plus(Duration.ofDays(14)));
        }

        @Test
        void countsFromCreationWhenTheSendersClockIsAhead() {
            Instant created = NOW.plusSeconds(120);

            assertThat(rule.withDefault(request(Priority.FLASH).createdAt(created).build()).replyBy())
                    .contains(created.plus(Duration.ofHours(8)));
        }
    }

    @Nested
    class ARequestWithReplyBy {

        @Test
        void keepsAnEarlierDeadlineThanTheLimit() {
            LiaisonMessage shortened = request(Priority.FLASH).replyBy(NOW.plus(Duration.ofHours(2))).build();

            assertThat(rule.check(shortened)).isEmpty();
            assertThat(rule.withDefault(shortened)).isSameAs(shortened);
        }

        @Test
        void isRefusedWhenLaterThanThePriorityAllowsNamingTheLimit() {
            LiaisonMessage tooLate = request(Priority.FLASH).replyBy(NOW.plus(Duration.ofDays(1))).build();

            assertThat(rule.check(tooLate)).singleElement().satisfies(error -> {
                assertThat(error.path()).isEqualTo("replyBy");
                assertThat(error.code()).isEqualTo(FieldErrorCode.OUT_OF_RANGE);
                assertThat(error.message()).contains("FLASH", "8h", "2026-12-07T14:00:00Z");
            });
        }
    }

    @Test
    void leavesOtherKindsAsTheyAre() {
        LiaisonMessage notification = request(Priority.ROUTINE).kind(MessageKind.NOTIFICATION).build();

        assertThat(rule.withDefault(notification).replyBy()).isEmpty();
        assertThat(rule.check(notification.toBuilder().replyBy(NOW.plus(Duration.ofDays(60))).build())).isEmpty();
    }
}
