package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

import org.blohub.hub.demo.SharedDemoPair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * GET /api/messages/search?name= on two real nodes: any script or spelling, only the caller's office's traffic. The
 * person is named in no other test's message, so each search finds exactly this one on the shared pair.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedDemoPair.class)
class NameSearchIT {

    private static final String WITH_DRIVER = """
            {"to": ["LA-HOUAYXAY"], "kind": "REQUEST", "priority": "IMMEDIATE", "handling": {"code": "H2"},
             "language": "en", "subject": "Driver check", "body": "Did he cross this week?",
             "entities": {"persons": [{"role": "DRIVER", "nameOriginal": "นายวิชัย ทองดี", "nameLatin": "Wichai Thongdee",
                                       "documents": []}],
                          "documents": [], "vehicles": [], "vessels": [], "seizures": []}}""";

    private TwoNodes nodes;
    private String id;

    @BeforeAll
    void sendAMessageNamingADriver(SharedDemoPair.DemoPair pair) {
        nodes = TwoNodes.sharing(pair);
        TwoNodes.Response sent = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "POST", "/api/messages", WITH_DRIVER);
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        id = sent.json().get("messageId").asString();
    }

    @Test
    void theSendingOfficeFindsItsMessageByRomanisationByPrefixAndByThaiScript() {
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() ->
                assertThat(found(nodes.th, "TH-CHIANGKHONG", "Wichai Thongdee")).containsExactly(id));
        assertThat(found(nodes.th, "TH-CHIANGKHONG", "thongd")).containsExactly(id);
        assertThat(found(nodes.th, "TH-CHIANGKHONG", "วิชัย")).containsExactly(id);
        assertThat(found(nodes.th, "TH-CHIANGKHONG", "wichai khamsing")).isEmpty();
    }

    @Test
    void theReceivingOfficeFindsItInItsInboxAndAnotherOfficeOfTheSendingNodeDoesNot() {
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() ->
                assertThat(found(nodes.la, "LA-HOUAYXAY", "wichai")).containsExactly(id));
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() ->
                assertThat(found(nodes.th, "TH-CHIANGKHONG", "wichai")).containsExactly(id));
        assertThat(found(nodes.th, "TH-MAESAI", "wichai")).isEmpty();
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
