package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** GET /api/messages/search?name= on two real nodes: any script or spelling, only the caller's office's traffic. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NameSearchIT {

    private static final String WITH_DRIVER = """
            {"to": ["LA-HOUAYXAY"], "kind": "REQUEST", "priority": "IMMEDIATE", "handling": {"code": "H2"},
             "language": "en", "subject": "Driver check", "body": "Did he cross this week?",
             "entities": {"persons": [{"role": "DRIVER", "nameOriginal": "นายสมชาย ใจดี", "nameLatin": "Somchai Jaidee",
                                       "documents": []}],
                          "documents": [], "vehicles": [], "vessels": [], "seizures": []}}""";

    @TempDir
    static Path directory;

    private TwoNodes nodes;
    private String id;

    @BeforeAll
    void startNodesAndSendAMessageNamingADriver() throws Exception {
        nodes = new TwoNodes(directory).start();
        TwoNodes.Response sent = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "POST", "/api/messages", WITH_DRIVER);
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        id = sent.json().get("messageId").asString();
    }

    @AfterAll
    void stopNodes() {
        nodes.close();
    }

    @Test
    void theSendingOfficeFindsItsMessageByRomanisationByPrefixAndByThaiScript() {
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() ->
                assertThat(found(nodes.th, "TH-CHIANGKHONG", "Somchai Jaidee")).containsExactly(id));
        assertThat(found(nodes.th, "TH-CHIANGKHONG", "jaid")).containsExactly(id);
        assertThat(found(nodes.th, "TH-CHIANGKHONG", "สมชาย")).containsExactly(id);
        assertThat(found(nodes.th, "TH-CHIANGKHONG", "somchai khamsing")).isEmpty();
    }

    @Test
    void theReceivingOfficeFindsItInItsInboxAndAnotherOfficeOfTheSendingNodeDoesNot() {
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() ->
                assertThat(found(nodes.la, "LA-HOUAYXAY", "somchai")).containsExactly(id));
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() ->
                assertThat(found(nodes.th, "TH-CHIANGKHONG", "somchai")).containsExactly(id));
        assertThat(found(nodes.th, "TH-MAESAI", "somchai")).isEmpty();
        assertThat(nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET", "/api/messages/search?name=%20", null).status())
                .isEqualTo(400);
    }

    private List<String> found(ConfigurableApplicationContext node, String office, String name) {
        TwoNodes.Response response = nodes.asSystem(node, office, "GET",
                "/api/messages/search?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(response.json().get("messages").spliterator(), false)
                .map(message -> message.get("messageId").asString()).toList();
    }
}
