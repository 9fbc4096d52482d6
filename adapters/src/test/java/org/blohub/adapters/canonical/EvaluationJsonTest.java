package org.blohub.adapters.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 4x4 evaluation codes on a message and on its entities: written, signed, read back and refused like any field. */
class EvaluationJsonTest {

    private static Schema schema;
    private final LiaisonMessageJson json = new LiaisonMessageJson();

    @BeforeAll
    static void loadPublishedSchema() throws IOException {
        String text = Files.readString(Path.of("..", "docs", "schema", "liaison-message.schema.json"), StandardCharsets.UTF_8);
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
    }

    private static LiaisonMessage evaluatedRequest() {
        LiaisonMessage request = SampleMessages.maeSaiVehicleCheckRequest();
        Entities entities = request.entities();
        Person driver = entities.persons().get(0)
                .withEvaluation(new Evaluation(SourceReliability.B, InformationAssessment.KNOWN_TO_SOURCE));
        Vehicle pickup = entities.vehicles().get(0)
                .withEvaluation(new Evaluation(SourceReliability.A, InformationAssessment.CONFIRMED));
        return request.toBuilder()
                .evaluation(new Evaluation(SourceReliability.C, InformationAssessment.CORROBORATED))
                .entities(new Entities(List.of(driver, entities.persons().get(1)), entities.documents(), List.of(pickup),
                        entities.vessels(), entities.seizures()))
                .build();
    }

    @Test
    void writesTheCodesAsLettersAndDigitsAndReadsThemBack() {
        LiaisonMessage message = evaluatedRequest();
        String text = json.toJson(message);

        assertThat(text).contains("\"evaluation\":{\"sourceReliability\":\"C\",\"informationAssessment\":\"3\"}");
        assertThat(text).contains("\"evaluation\":{\"sourceReliability\":\"B\",\"informationAssessment\":\"2\"}");
        assertThat(json.fromJson(text)).isEqualTo(message);
        assertThat(message.entities().vehicles().get(0).evaluation()).map(Evaluation::code).contains("A1");
    }

    @Test
    void areSignedAsPartOfTheCanonicalJson() {
        LiaisonMessage evaluated = evaluatedRequest();
        LiaisonMessage downgraded = evaluated.toBuilder()
                .evaluation(new Evaluation(SourceReliability.X, InformationAssessment.NOT_CORROBORATED)).build();

        String canonical = new String(json.toCanonicalBytes(evaluated), StandardCharsets.UTF_8);
        assertThat(canonical).contains("\"evaluation\":{\"informationAssessment\":\"3\",\"sourceReliability\":\"C\"}");
        assertThat(json.toCanonicalBytes(downgraded)).isNotEqualTo(json.toCanonicalBytes(evaluated));
    }

    @Test
    void leaveTheJsonOfAMessageWithoutThemUnchanged() {
        for (LiaisonMessage sample : SampleMessages.all()) {
            assertThat(json.toJson(sample)).doesNotContain("evaluation");
        }
    }

    @Test
    void refusesAnUnknownReliabilityNamingItsPath() {
        String text = json.toJson(evaluatedRequest()).replace("\"sourceReliability\":\"B\"", "\"sourceReliability\":\"E\"");

        assertThatThrownBy(() -> json.fromJson(text))
                .isInstanceOfSatisfying(LiaisonMessageFormatException.class,
                        e -> assertThat(e.path()).isEqualTo("entities.persons[0].evaluation.sourceReliability"));
    }

    @Test
    void refusesAnAssessmentOutsideOneToFourNamingItsPath() {
        String text = json.toJson(evaluatedRequest()).replace("\"informationAssessment\":\"3\"", "\"informationAssessment\":\"5\"");

        assertThatThrownBy(() -> json.fromJson(text))
                .isInstanceOfSatisfying(LiaisonMessageFormatException.class,
                        e -> assertThat(e.path()).isEqualTo("evaluation.informationAssessment"));
    }

    @Test
    void refusesAnEvaluationWithOnlyOneHalf() {
        String text = json.toJson(evaluatedRequest()).replace(",\"informationAssessment\":\"1\"", "");

        assertThatThrownBy(() -> json.fromJson(text))
                .isInstanceOfSatisfying(LiaisonMessageFormatException.class,
                        e -> assertThat(e.path()).isEqualTo("entities.vehicles[0].evaluation.informationAssessment"));
    }

    @Test
    void areAcceptedByThePublishedSchemaAndUnknownCodesAreNot() {
        String text = json.toJson(evaluatedRequest());

        assertThat(schema.validate(text, InputFormat.JSON)).isEmpty();
        assertThat(schema.validate(text.replace("\"sourceReliability\":\"C\"", "\"sourceReliability\":\"D\""), InputFormat.JSON))
                .anySatisfy(error -> assertThat(error.getInstanceLocation().toString()).contains("evaluation"));
    }
}
