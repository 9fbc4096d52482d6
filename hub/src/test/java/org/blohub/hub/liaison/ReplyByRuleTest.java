package org.blohub.hub.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.blohub.adapters.canonical.FieldErrorCode;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Priority;
import org.blohub.hub.registry.AgreedReplyLimit;
import org.blohub.hub.registry.NetworkRegistry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReplyByRuleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    private final NetworkRegistry registry = registryWithoutAgreedLimits();
    private final ReplyByRule rule = new ReplyByRule(
            new ReplyByLimits(Duration.ofHours(8), Duration.ofDays(3), Duration.ofDays(14)), registry,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static NetworkRegistry registryWithoutAgreedLimits() {
        NetworkRegistry registry = mock(NetworkRegistry.class);
        when(registry.replyByLimit(any(), any(), any())).thenReturn(Optional.empty());
        return registry;
    }

    private void agree(String recipient, Priority priority, Duration limit, String agreement) {
        when(registry.replyByLimit("TH-MAESAI", recipient, org.blohub.hub.registry.Priority.valueOf(priority.name())))
                .thenReturn(Optional.of(new AgreedReplyLimit(agreement, limit)));
    }

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

    @Nested
    class UnderAnAgreementWithItsOwnLimit {

        @Test
        void getsTheAgreedLimitInsteadOfTheNodes() {
            agree("MM-TACHILEIK", Priority.FLASH, Duration.ofHours(4), "TH-MM-2026");

            assertThat(rule.withDefault(request(Priority.FLASH).build()).replyBy()).contains(NOW.plus(Duration.ofHours(4)));
        }

        @Test
        void mayBeGivenLongerThanTheNodesDefault() {
            agree("MM-TACHILEIK", Priority.ROUTINE, Duration.ofDays(30), "TH-MM-2026");
            LiaisonMessage inTwentyDays = request(Priority.ROUTINE).replyBy(NOW.plus(Duration.ofDays(20))).build();

            assertThat(rule.check(inTwentyDays)).isEmpty();
        }

        @Test
        void isRefusedBeyondItNamingTheAgreement() {
            agree("MM-TACHILEIK", Priority.FLASH, Duration.ofHours(4), "TH-MM-2026");
            LiaisonMessage inSixHours = request(Priority.FLASH).replyBy(NOW.plus(Duration.ofHours(6))).build();

            assertThat(rule.check(inSixHours)).singleElement().satisfies(error -> assertThat(error.message())
                    .contains("4h", "agreement TH-MM-2026", "2026-12-07T10:00:00Z"));
        }

        @Test
        void takesTheShortestLimitAmongSeveralAddressees() {
            agree("MM-TACHILEIK", Priority.ROUTINE, Duration.ofDays(30), "TH-MM-2026");
            LiaisonMessage toTwo = request(Priority.ROUTINE).to("MM-TACHILEIK", "LA-HOUAYXAY").build();

            assertThat(rule.withDefault(toTwo).replyBy()).contains(NOW.plus(Duration.ofDays(14)));
        }
    }
}
