package org.blohub.hub.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.blohub.adapters.canonical.Entities;
import org.blohub.adapters.canonical.Vehicle;
import org.blohub.hub.pipeline.SubmissionRefusedException;
import org.junit.jupiter.api.Test;

/** The consent bodies read back what was written, and quoting picks entities by position. */
class ConsentBodiesTest {

    private static final String MESSAGE = "01KBTQ5M8Y00000000000000A1";
    private final ConsentBodies bodies = new ConsentBodies();

    @Test
    void aConsentRequestKeepsItsTargetsNoteAndQuotedEntities() {
        EntitySelection quoted = new EntitySelection(null, null, List.of(1), null, List.of(0, 2));
        ConsentTerms terms = new ConsentTerms(MESSAGE, List.of("TH-MAESAI", "TH-CHIANGSAEN"),
                Optional.of("Same driver"), Optional.of(quoted));

        String body = bodies.write(terms);

        assertThat(body).startsWith("{\"consentRequest\":1,").doesNotContain("persons");
        assertThat(bodies.readTerms(body)).contains(terms);
        assertThat(bodies.readAnswer(body)).as("not a reply").isEmpty();
    }

    @Test
    void aConsentReplyKeepsItsDecisionAndReason() {
        ConsentAnswer answer = new ConsentAnswer("01KBTQ5M8Y00000000000000B2", MESSAGE, ConsentDecision.REFUSED,
                Optional.of("Source protection"));

        assertThat(bodies.readAnswer(bodies.write(answer))).contains(answer);
        assertThat(bodies.readAnswer("{\"consentReply\": 1, \"requestId\": \"x\", \"messageId\": \"y\","
                + " \"decision\": \"PERHAPS\"}")).isEmpty();
        assertThat(bodies.readAnswer("not json")).isEmpty();
    }

    @Test
    void quotingPicksTheEntitiesAtTheGivenPositionsAndNamesAPositionTheMessageLacks() throws Exception {
        Entities original = new Entities(List.of(), List.of(), List.of(vehicle("LA 1234"), vehicle("LA 5678")),
                List.of(), List.of());

        Entities picked = new EntitySelection(null, null, List.of(1), null, null).from(original);

        assertThat(picked.vehicles()).extracting(Vehicle::plate).containsExactly("LA 5678");
        assertThat(picked.persons()).isEmpty();
        assertThatThrownBy(() -> new EntitySelection(List.of(0), null, null, null, null).from(original))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> {
                    assertThat(refused.fieldErrors()).extracting(error -> error.path())
                            .containsExactly("entities.persons[0]");
                    assertThat(refused.getMessage()).contains("The message has 0 persons; position 0");
                });
    }

    private static Vehicle vehicle(String plate) {
        return new Vehicle(plate, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
