package org.blohub.adapters.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published schema (docs/schema) must accept exactly the JSON that {@link LiaisonMessageJson} writes. */
class LiaisonMessageSchemaTest {

    private static final Path SCHEMA_FILE = Path.of("..", "docs", "schema", "liaison-message.schema.json");

    private static Schema schema;
    private final LiaisonMessageJson json = new LiaisonMessageJson();

    @BeforeAll
    static void loadPublishedSchema() throws IOException {
        String text = Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8);
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
    }

    static List<LiaisonMessage> samples() {
        return SampleMessages.all();
    }

    private static List<Error> errorsOf(String document) {
        return schema.validate(document, InputFormat.JSON);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void acceptsTheJsonWrittenForEverySample(LiaisonMessage sample) {
        assertThat(errorsOf(json.toJson(sample))).isEmpty();
    }

    @Test
    void acceptsAReceiptWithAnEmptyBody() {
        LiaisonMessage receipt = SampleMessages.tachileikResponse().toBuilder().kind(MessageKind.RECEIPT).body("").build();

        assertThat(errorsOf(json.toJson(receipt))).isEmpty();
    }

    @Test
    void acceptsNoRecipientBesidesAnOperationGroup() {
        LiaisonMessage toGroup = SampleMessages.bavetTraffickingAlert().toBuilder().to(List.of())
                .operationGroup("MEKONG-JOINT-2026").build();

        assertThat(errorsOf(json.toJson(toGroup))).isEmpty();
    }

    @Test
    void acceptsAPersonWithADerivedRomanisation() {
        LiaisonMessage request = SampleMessages.maeSaiVehicleCheckRequest();
        LiaisonMessage derived = request.toBuilder().entities(new Entities(
                List.of(Person.named(PersonRole.SUSPECT, SampleMessages.THAI_NAME).withDerivedNameLatin("Smchay Cidi")),
                List.of(), List.of(), List.of(), List.of())).build();

        assertThat(json.toJson(derived)).contains("\"nameLatinDerived\":true");
        assertThat(errorsOf(json.toJson(derived))).isEmpty();
    }

    @Nested
    class RejectsBrokenDocuments {

        private final String request = json.toJson(SampleMessages.maeSaiVehicleCheckRequest());
        private final String response = json.toJson(SampleMessages.tachileikResponse());
        private final String alert = json.toJson(SampleMessages.bavetTraffickingAlert());
        private final String seizure = json.toJson(SampleMessages.houayxaySeizureNotification());

        private void assertRejectedAt(String document, String instanceLocationPart) {
            assertThat(document).isNotIn(request, response, alert, seizure);
            List<Error> errors = errorsOf(document);
            assertThat(errors).isNotEmpty();
            assertThat(errors).anySatisfy(error ->
                    assertThat(error.getInstanceLocation() + " " + error.getProperty()).contains(instanceLocationPart));
        }

        @Test
        void withADerivedRomanisationThatIsMissing() {
            assertRejectedAt(request.replace("\"nameLatin\":\"Somchai Jaidee\",", "\"nameLatinDerived\":true,"), "persons/0");
        }

        @Test
        void withoutSubject() {
            assertRejectedAt(response.replace("\"subject\":\"Re: crossings of the pickup and its driver\",", ""), "subject");
        }

        @Test
        void withARecipientThatIsNotAnOfficeId() {
            assertRejectedAt(request.replace("\"to\":[\"MM-TACHILEIK\"]", "\"to\":[\"Tachileik BLO\"]"), "to");
        }

        @Test
        void withNoRecipient() {
            assertRejectedAt(request.replace("\"to\":[\"MM-TACHILEIK\"]", "\"to\":[]"), "to");
        }

        @Test
        void withAnOperationGroupIdInLowerCase() {
            assertRejectedAt(alert.replace("\"to\":[", "\"operationGroup\":\"mekong\",\"to\":["), "operationGroup");
        }

        @Test
        void withH3AndNoRestrictionText() {
            assertRejectedAt(seizure.replace("\"handling\":{\"code\":\"H0\"}", "\"handling\":{\"code\":\"H3\"}"), "restrictionText");
        }

        @Test
        void withAResponseThatAnswersNothing() {
            assertRejectedAt(response.replace("\"inReplyTo\":\"01M8G0E0K07Q3XKD9R2N5BWHAA\",", ""), "inReplyTo");
        }

        @Test
        void withAQuantityWrittenAsAString() {
            assertRejectedAt(seizure.replace("\"quantity\":48.5", "\"quantity\":\"48.5\""), "quantity");
        }

        @Test
        void withAnUnknownMember() {
            assertRejectedAt(alert.replace("\"sex\":\"MALE\"", "\"sex\":\"MALE\",\"gender\":\"M\""), "gender");
        }

        @Test
        void withAnUpperCaseDigest() {
            assertRejectedAt(alert.replace("f7b0788ea54a071161797b38088b63112f57c7bc276bd98da15280e1e8139dd5",
                    "F7B0788EA54A071161797B38088B63112F57C7BC276BD98DA15280E1E8139DD5"), "sha256");
        }

        @Test
        void withAnEpochMillisecondTimestamp() {
            assertRejectedAt(alert.replace("\"createdAt\":\"2026-11-28T03:00:00Z\"", "\"createdAt\":1795856400000"), "createdAt");
        }

        @Test
        void withANullForAnAbsentOptional() {
            assertRejectedAt(request.replace("\"from\":", "\"inReplyTo\":null,\"from\":"), "inReplyTo");
        }
    }
}
