package org.blohub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.blohub.adapters.canonical.FieldError;
import org.blohub.adapters.canonical.FieldErrorCode;
import org.blohub.adapters.canonical.LiaisonMessageJson;
import org.blohub.adapters.canonical.MessageIds;
import org.blohub.hub.pipeline.SubmissionRefusedException;
import org.blohub.hub.security.CallerRole;
import org.blohub.hub.security.OfficeCaller;
import org.junit.jupiter.api.Test;

/** A JSON submission is checked against the published schema before the semantic rules. */
class SubmissionReaderSchemaTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T03:00:00Z"), ZoneOffset.UTC);
    private static final OfficeCaller OFFICER = new OfficeCaller("somchai", "TH-MAESAI", CallerRole.OFFICER);
    private static final String SUBMISSION = """
            {"to": ["LA-HOUAYXAY"], "kind": "REQUEST", "priority": "FLASH", "handling": {"code": "H2"},
             "language": "en", "subject": "Pickup stopped at Chiang Khong",
             "body": "Did it cross in the last 48 hours?"}""";

    private final SubmissionReader reader = new SubmissionReader(new LiaisonMessageJson(),
            new MessageIds(CLOCK, new SecureRandom()), CLOCK, new SubmissionSchema(new PublishedSchema()));

    private SubmissionRefusedException refusalOf(String body) {
        return catchThrowableOfType(SubmissionRefusedException.class, () -> reader.read(body, OFFICER));
    }

    @Test
    void readsASubmissionThatMatchesTheSchema() throws SubmissionRefusedException {
        assertThat(reader.read(SUBMISSION, OFFICER).subject()).isEqualTo("Pickup stopped at Chiang Khong");
    }

    @Test
    void readsASubmissionToAnOperationGroupWithoutRecipientsForTheNodeToAddress() throws SubmissionRefusedException {
        String toGroup = SUBMISSION.replace("\"to\": [\"LA-HOUAYXAY\"]", "\"operationGroup\": \"MEKONG-JOINT-2026\"")
                .replace("REQUEST", "ALERT");

        var message = reader.read(toGroup, OFFICER);

        assertThat(message.operationGroup()).contains("MEKONG-JOINT-2026");
        assertThat(message.to()).isEmpty();
    }

    @Test
    void refusesASubmissionWithNeitherRecipientsNorGroupAsRequired() {
        SubmissionRefusedException refusal = refusalOf(SUBMISSION.replace("[\"LA-HOUAYXAY\"]", "[]"));

        assertThat(refusal.fieldErrors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("to", FieldErrorCode.REQUIRED));
    }

    @Test
    void refusesAPriorityGivenAsANumberNamingThePath() {
        SubmissionRefusedException refusal = refusalOf(SUBMISSION.replace("\"FLASH\"", "5"));

        assertThat(refusal.problem()).isEqualTo(SubmissionRefusedException.Problem.INVALID);
        assertThat(refusal.fieldErrors()).extracting(FieldError::path).contains("priority");
        assertThat(refusal.fieldErrors()).allSatisfy(error -> assertThat(error.code()).isEqualTo(FieldErrorCode.INVALID_FORMAT));
    }

    @Test
    void refusesARecipientThatIsNotAnArray() {
        SubmissionRefusedException refusal = refusalOf(SUBMISSION.replace("[\"LA-HOUAYXAY\"]", "\"LA-HOUAYXAY\""));

        assertThat(refusal.fieldErrors()).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("to");
            assertThat(error.code()).isEqualTo(FieldErrorCode.INVALID_FORMAT);
            assertThat(error.message()).contains("array");
        });
    }

    @Test
    void refusesAnUnknownMemberNamingIt() {
        SubmissionRefusedException refusal = refusalOf(SUBMISSION.replace("\"kind\"", "\"urgent\": true, \"kind\""));

        assertThat(refusal.fieldErrors()).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("urgent");
            assertThat(error.code()).isEqualTo(FieldErrorCode.SCHEMA);
        });
    }

    @Test
    void refusesAMissingSubjectAsRequired() {
        SubmissionRefusedException refusal = refusalOf(SUBMISSION.replace("\"subject\": \"Pickup stopped at Chiang Khong\",", ""));

        assertThat(refusal.fieldErrors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("subject", FieldErrorCode.REQUIRED));
    }

    @Test
    void namesANestedPathLikeTheValidator() {
        SubmissionRefusedException refusal = refusalOf(SUBMISSION.replace("[\"LA-HOUAYXAY\"]", "[\"LA-HOUAYXAY\", 7]"));

        assertThat(refusal.fieldErrors()).extracting(FieldError::path).contains("to[1]");
    }

    @Test
    void doesNotRepeatTheRefusedValueInTheMessages() {
        SubmissionRefusedException refusal = refusalOf(SUBMISSION.replace("\"FLASH\"", "\"SOMCHAI-URGENT\""));

        assertThat(refusal.fieldErrors()).isNotEmpty()
                .allSatisfy(error -> assertThat(error.message()).doesNotContain("SOMCHAI"));
    }
}
