package org.blohub.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blohub.adapters.canonical.Entities;
import org.blohub.adapters.canonical.Evaluation;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.InformationAssessment;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Person;
import org.blohub.adapters.canonical.PersonRole;
import org.blohub.adapters.canonical.Priority;
import org.blohub.adapters.canonical.SourceReliability;
import org.blohub.adapters.canonical.Vehicle;
import org.blohub.hub.api.MessageDetail;
import org.blohub.hub.api.MessageView;
import org.blohub.hub.store.MessageStatus;
import org.junit.jupiter.api.Test;

/** The search page's reliability filter finds a message by its own evaluation or by any of its entities'. */
class OfficeMessageTest {

    private static final Instant CREATED = Instant.parse("2026-12-07T06:00:00Z");
    private static final String ID = "01KBTQ5M8Y00000000000000R1";

    private static OfficeMessage opened(LiaisonMessage content) {
        MessageView view = new MessageView(ID, "INBOUND", ID, Optional.empty(), "TH-CHIANGKHONG", List.of("LA-HOUAYXAY"),
                "REQUEST", "FLASH", "H0", CREATED, Optional.empty(), MessageStatus.DELIVERED, Optional.empty(),
                Optional.empty(), Map.of(), 100, List.of(), Optional.empty());
        return new OfficeMessage(new MessageDetail(view, Optional.empty(), Optional.empty(), "VALID", Optional.empty(),
                List.of(), List.of()), Optional.of(content), true);
    }

    private static LiaisonMessage.Builder request() {
        return LiaisonMessage.builder().id(ID).conversationId(ID).from("TH-CHIANGKHONG").to("LA-HOUAYXAY")
                .kind(MessageKind.REQUEST).priority(Priority.FLASH).handling(HandlingCode.H0).createdAt(CREATED)
                .language("en").subject("Pickup");
    }

    @Test
    void findsTheReliabilityOfTheMessageItself() {
        OfficeMessage message = opened(request()
                .evaluation(new Evaluation(SourceReliability.B, InformationAssessment.CORROBORATED)).build());

        assertThat(message.hasReliability(SourceReliability.B)).isTrue();
        assertThat(message.hasReliability(SourceReliability.A)).isFalse();
    }

    @Test
    void findsTheReliabilityOfAPersonOrAVehicle() {
        Person driver = Person.named(PersonRole.DRIVER, "Somchai Jaidee")
                .withEvaluation(new Evaluation(SourceReliability.C, InformationAssessment.NOT_CORROBORATED));
        Vehicle pickup = Vehicle.withPlate("1AB-2345")
                .withEvaluation(new Evaluation(SourceReliability.X, InformationAssessment.KNOWN_TO_SOURCE));
        OfficeMessage message = opened(request()
                .entities(new Entities(List.of(driver), List.of(), List.of(pickup), List.of(), List.of())).build());

        assertThat(message.hasReliability(SourceReliability.C)).isTrue();
        assertThat(message.hasReliability(SourceReliability.X)).isTrue();
        assertThat(message.hasReliability(SourceReliability.B)).isFalse();
    }

    @Test
    void aMessageWithoutEvaluationsHasNoReliability() {
        assertThat(opened(request().build()).hasReliability(SourceReliability.A)).isFalse();
    }
}
