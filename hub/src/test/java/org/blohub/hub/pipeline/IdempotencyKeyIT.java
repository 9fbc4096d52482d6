package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.blohub.hub.demo.SharedDemoPair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/** POST /api/messages with an Idempotency-Key between two real nodes: a retry sends nothing twice. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedDemoPair.class)
class IdempotencyKeyIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private TwoNodes nodes;

    @BeforeAll
    void joinTheSharedPair(SharedDemoPair.DemoPair pair) {
        nodes = TwoNodes.sharing(pair);
    }

    @Test
    void aRepeatWithTheSameKeyAnswersTheFirstMessageAndItsStatusAndIsDeliveredOnce() throws Exception {
        String body = TwoNodes.request("LA-HOUAYXAY", "H2", "Retried request 7");

        TwoNodes.Response first = post(nodes.th, "TH-CHIANGKHONG", "retry-7", "application/json", body);
        assertThat(first.status()).isEqualTo(202);
        String id = first.json().get("messageId").asString();
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(
                post(nodes.th, "TH-CHIANGKHONG", "retry-7", "application/json", body).json().get("status").asString())
                .isEqualTo("DELIVERED"));

        long outboxBefore = outboxTotal("TH-CHIANGKHONG");
        TwoNodes.Response repeat = post(nodes.th, "TH-CHIANGKHONG", "retry-7", "application/json", body);
        assertThat(repeat.status()).isEqualTo(202);
        assertThat(repeat.json().get("messageId").asString()).isEqualTo(id);
        assertThat(outboxTotal("TH-CHIANGKHONG")).isEqualTo(outboxBefore);
        assertThat(subjectsInLaInbox("Retried request 7")).isEqualTo(1);
    }

    @Test
    void theFirstAnswerToAGroupMessageListsTheMembersLeftOutAndARepeatAnswersTheSameMessage() throws Exception {
        String body = """
                {"operationGroup": "MEKONG-JOINT-2026", "kind": "NOTIFICATION", "priority": "ROUTINE",
                 "handling": {"code": "H0"}, "language": "en", "subject": "Patrol schedule 11", "body": "Changed"}""";

        TwoNodes.Response first = post(nodes.th, "TH-CHIANGKHONG", "group-11", "application/json", body);
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(first.json().at("/leftOut/0/office").asString()).isEqualTo("MM-TACHILEIK");
        long outboxBefore = outboxTotal("TH-CHIANGKHONG");

        TwoNodes.Response repeat = post(nodes.th, "TH-CHIANGKHONG", "group-11", "application/json", body);
        assertThat(repeat.status()).isEqualTo(202);
        assertThat(repeat.json().get("messageId").asString()).isEqualTo(first.json().get("messageId").asString());
        assertThat(repeat.json().has("leftOut")).isFalse();
        assertThat(outboxTotal("TH-CHIANGKHONG")).isEqualTo(outboxBefore);
    }

    @Test
    void theSameKeyWithOtherContentIsRefused422AndSendsNothing() throws Exception {
        String body = TwoNodes.request("LA-HOUAYXAY", "H2", "First content");
        assertThat(post(nodes.th, "TH-CHIANGKHONG", "reused-key", "application/json", body).status()).isEqualTo(202);
        long before = outboxTotal("TH-CHIANGKHONG");

        TwoNodes.Response other = post(nodes.th, "TH-CHIANGKHONG", "reused-key", "application/json",
                TwoNodes.request("LA-HOUAYXAY", "H2", "Other content"));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body()).contains("Idempotency-Key: this key was used for a different submission");
        assertThat(outboxTotal("TH-CHIANGKHONG")).isEqualTo(before);
    }

    @Test
    void aKeyBelongsToItsOfficeSoAnotherOfficeMayUseTheSameKey() throws Exception {
        String first = post(nodes.th, "TH-CHIANGKHONG", "shared-key", "application/json",
                TwoNodes.request("LA-HOUAYXAY", "H2", "From Chiang Khong")).json().get("messageId").asString();

        TwoNodes.Response other = post(nodes.th, "TH-MAESAI", "shared-key", "application/json",
                TwoNodes.request("MM-TACHILEIK", "H2", "From Mae Sai"));

        assertThat(other.status()).isEqualTo(202);
        assertThat(other.json().get("messageId").asString()).isNotEqualTo(first);
    }

    @Test
    void aMultipartRepeatWithTheSameKeyAndFileIsSentOnce() throws Exception {
        MultipartUpload upload = MultipartUpload.of(TwoNodes.request("LA-HOUAYXAY", "H2", "Photo attached 3"),
                "plate.txt", "text/plain", "1AB-2345".getBytes(StandardCharsets.UTF_8));

        TwoNodes.Response first = postMultipart("multipart-3", upload);
        TwoNodes.Response repeat = postMultipart("multipart-3", upload);

        assertThat(first.status()).isEqualTo(202);
        assertThat(repeat.status()).isEqualTo(202);
        assertThat(repeat.json().get("messageId").asString()).isEqualTo(first.json().get("messageId").asString());
        await().atMost(TwoNodes.PATIENCE).until(() -> subjectsInLaInbox("Photo attached 3") == 1);
        Thread.sleep(2000);
        assertThat(subjectsInLaInbox("Photo attached 3")).isEqualTo(1);
    }

    @Test
    void aKeyWithSpacesIsABadRequest() throws Exception {
        TwoNodes.Response response = post(nodes.th, "TH-CHIANGKHONG", "not a key", "application/json",
                TwoNodes.request("LA-HOUAYXAY", "H2", "Bad key"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("Idempotency-Key must have 1 to 200 visible ASCII characters");
    }

    private TwoNodes.Response post(ConfigurableApplicationContext node, String office, String key, String contentType,
            String body) throws IOException, InterruptedException {
        return send(node, office, key, contentType, HttpRequest.BodyPublishers.ofString(body));
    }

    private TwoNodes.Response postMultipart(String key, MultipartUpload upload)
            throws IOException, InterruptedException {
        return send(nodes.th, "TH-CHIANGKHONG", key, MultipartUpload.CONTENT_TYPE, upload.body());
    }

    private TwoNodes.Response send(ConfigurableApplicationContext node, String office, String key, String contentType,
            HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        String port = node.getEnvironment().getProperty("local.server.port");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + nodes.credentials.tokenOf(office).token())
                .header("Content-Type", contentType)
                .header("Idempotency-Key", key)
                .POST(body).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new TwoNodes.Response(response.statusCode(), response.body());
    }

    private long outboxTotal(String office) {
        return nodes.asSystem(nodes.th, office, "GET", "/api/messages/outbox?limit=1", null).json().get("total").asLong();
    }

    /** Counts the inbox messages with this subject, opening each (subjects are never stored in clear). */
    private long subjectsInLaInbox(String subject) {
        JsonNode inbox = nodes.asSystem(nodes.la, "LA-HOUAYXAY", "GET", "/api/messages/inbox?limit=200", null).json();
        long count = 0;
        for (JsonNode message : inbox.get("messages")) {
            String id = message.get("messageId").asString();
            JsonNode detail = nodes.asSystem(nodes.la, "LA-HOUAYXAY", "GET", "/api/messages/" + id, null).json();
            if (subject.equals(detail.at("/content/subject").asString())) {
                count++;
            }
        }
        return count;
    }
}
