package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.demo.SharedDemoPair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * The JSON contract of POST /api/messages on a running node: the OpenAPI description publishes the schema the node
 * validates submissions against, and a submission that breaks it is refused naming the path.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedDemoPair.class)
class JsonSubmissionContractIT {

    static TwoNodes nodes;

    @BeforeAll
    static void joinTheSharedPair(SharedDemoPair.DemoPair pair) {
        nodes = TwoNodes.sharing(pair);
    }

    private TwoNodes.Response submit(String body) {
        return nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "POST", "/api/messages", body);
    }

    private static String valid(String subject) {
        return TwoNodes.request("LA-HOUAYXAY", "H0", subject);
    }

    @Test
    void describesTheJsonBodyWithTheSubmissionSchemaAndItsExample() {
        TwoNodes.Response response = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET", "/v3/api-docs", null);
        assertThat(response.status()).isEqualTo(200);
        JsonNode description = response.json();
        JsonNode json = description.at("/paths/~1api~1messages/post/requestBody/content/application~1json");

        assertThat(json.at("/schema/$ref").asString()).isEqualTo("#/components/schemas/LiaisonMessageSubmission");
        assertThat(json.toString()).contains("Pickup stopped at Chiang Khong");
        JsonNode submission = description.at("/components/schemas/LiaisonMessageSubmission");
        assertThat(submission.at("/properties/subject/maxLength").asInt()).isEqualTo(200);
        assertThat(submission.at("/properties/handling/$ref").asString())
                .isEqualTo("#/components/schemas/LiaisonMessage_handling");
        assertThat(description.at("/components/schemas/LiaisonMessage_handling").isMissingNode()).isFalse();
        assertThat(submission.get("properties").has("id")).isFalse();
        assertThat(submission.get("properties").has("from")).isFalse();
        assertThat(submission.get("properties").has("createdAt")).isFalse();
        assertThat(submission.get("required").toString()).contains("\"subject\"").doesNotContain("\"id\"", "\"from\"");
    }

    @Test
    void describesTheMultipartBodyWithAMessagePartAndAttachmentParts() {
        JsonNode form = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET", "/v3/api-docs", null).json()
                .at("/paths/~1api~1messages/post/requestBody/content/multipart~1form-data");

        assertThat(form.at("/schema/properties/message/$ref").asString())
                .isEqualTo("#/components/schemas/LiaisonMessageSubmission");
        assertThat(form.at("/schema/properties/attachment/items/format").asString()).isEqualTo("binary");
        assertThat(form.at("/encoding/message/contentType").asString()).isEqualTo("application/json");
    }

    @Test
    void aRefusedSubmissionIsAuditedWithTheCallerTheFieldsAndNoContent() {
        long before = refusalEvents().size();

        assertThat(submit(valid("Kestrel refused 4471").replace("\"FLASH\"", "5")).status()).isEqualTo(400);
        assertThat(submit(TwoNodes.request("MM-TACHILEIK", "H0", "Kestrel refused 4472")).status()).isEqualTo(403);

        List<AuditEvent> refusals = refusalEvents();
        assertThat(refusals).hasSize((int) before + 2);
        AuditEvent invalid = refusals.get(refusals.size() - 2);
        assertThat(invalid.reasonCode()).contains("SUBMISSION_INVALID");
        assertThat(invalid.fromOffice()).contains("TH-CHIANGKHONG");
        assertThat(invalid.actor()).isNotBlank();
        assertThat(invalid.target()).contains("POST /api/messages priority");
        AuditEvent notAuthorized = refusals.get(refusals.size() - 1);
        assertThat(notAuthorized.reasonCode()).contains("SUBMISSION_NOT_AUTHORIZED");
        assertThat(refusals).allSatisfy(event -> assertThat(event.toString()).doesNotContain("Kestrel"));
    }

    private List<AuditEvent> refusalEvents() {
        return nodes.th.getBean(AuditLog.class).read(0, 100_000).stream().map(AuditRecord::event)
                .filter(event -> event.type() == AuditEventType.REJECTED)
                .filter(event -> event.reasonCode().orElse("").startsWith("SUBMISSION_"))
                .toList();
    }

    @Test
    void refusesAPriorityGivenAsANumberNamingThePath() {
        TwoNodes.Response response = submit(valid("Priority as number").replace("\"FLASH\"", "5"));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().at("/fieldErrors/0/path").asString()).isEqualTo("priority");
        assertThat(response.json().at("/fieldErrors/0/code").asString()).isEqualTo("INVALID_FORMAT");
        assertThat(response.json().get("message").asString()).contains("liaison-message.schema.json");
    }

    @Test
    void refusesARecipientThatIsNotAnArrayNamingThePath() {
        TwoNodes.Response response = submit(valid("Recipient not a list").replace("[\"LA-HOUAYXAY\"]", "\"LA-HOUAYXAY\""));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().at("/fieldErrors/0/path").asString()).isEqualTo("to");
    }

    @Test
    void refusesAnUnknownMemberNamingIt() {
        TwoNodes.Response response = submit(valid("Unknown member").replace("\"kind\"", "\"urgent\": true, \"kind\""));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().at("/fieldErrors/0/path").asString()).isEqualTo("urgent");
        assertThat(response.json().at("/fieldErrors/0/code").asString()).isEqualTo("SCHEMA");
    }

    @Test
    void acceptsASubmissionThatMatchesTheSchema() {
        TwoNodes.Response response = submit(valid("Within the schema"));

        assertThat(response.status()).as(response.body()).isEqualTo(202);
    }
}
