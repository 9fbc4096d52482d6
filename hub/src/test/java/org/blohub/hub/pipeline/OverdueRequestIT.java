package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.SharedDemoPair;
import org.blohub.hub.web.Browser;
import org.blohub.hub.web.WebNodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * Reply deadlines on two running nodes with short limits: a request nobody reads or answers becomes overdue,
 * is audited and noticed, and the addressee's RESPONSE closes it; replies outside the conversation and
 * deadlines beyond the limit are refused with their reason. The refusals need no short limits: they run on the
 * shared pair.
 */
@ExtendWith(SharedDemoPair.class)
class OverdueRequestIT {

    @TempDir
    Path directory;

    private TwoNodes nodes;

    @AfterEach
    void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void anUnreadUnansweredRequestIsOverdueAuditedAndNoticedUntilTheResponseClosesIt() throws Exception {
        nodes = new TwoNodes(directory, Map.of("blo.liaison.unread-limit.flash", "2s",
                "blo.liaison.overdue-scan", "1s")).start();
        Instant replyBy = Instant.now().plusSeconds(6);
        TwoNodes.Response submitted = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "POST", "/api/messages", """
                {"to": ["LA-HOUAYXAY"], "kind": "REQUEST", "priority": "FLASH", "handling": {"code": "H2"},
                 "replyBy": "%s", "language": "en", "subject": "Pickup crossing", "body": "Did it cross?"}"""
                .formatted(replyBy));
        assertThat(submitted.status()).isEqualTo(202);
        String id = submitted.json().get("messageId").asString();

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(reasonsNoticedToThFor(id))
                .containsExactlyInAnyOrder("UNREAD", "UNANSWERED"));
        List<AuditRecord> overdueEvents = nodes.th.getBean(AuditLog.class).forMessage(id).stream()
                .filter(record -> record.event().type() == AuditEventType.OVERDUE).toList();
        assertThat(overdueEvents).extracting(record -> record.event().reasonCode().orElseThrow())
                .containsExactlyInAnyOrder("UNREAD", "UNANSWERED");
        assertThat(overdueInThOutbox(id)).containsExactlyInAnyOrder("UNREAD", "UNANSWERED");
        assertThat(nodes.asOfficer(nodes.th, "TH-CHIANGKHONG", "GET", "/api/liaison/notices", null).status())
                .isEqualTo(200);
        assertThat(nodes.asSystem(nodes.la, "LA-HOUAYXAY", "GET", "/api/liaison/notices", null).json()
                .get("overdue")).isEmpty();
        assertThat(noticesPageOfThsCoordinator()).contains(id, "Not read in time", "Not answered by its reply-by");

        TwoNodes.Response answered = nodes.asSystem(nodes.la, "LA-HOUAYXAY", "POST", "/api/messages", """
                {"to": ["TH-CHIANGKHONG"], "kind": "RESPONSE", "priority": "FLASH", "handling": {"code": "H2"},
                 "conversationId": "%s", "inReplyTo": "%s", "language": "en", "subject": "Re: pickup crossing",
                 "body": "No information on this vehicle."}""".formatted(id, id));
        assertThat(answered.status()).isEqualTo(202);

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(reasonsNoticedToThFor(id)).isEmpty());
        assertThat(overdueInThOutbox(id)).isEmpty();
    }

    @Test
    void aReplyToAMessageTheOfficeNeverSawIsRefusedNamingItAndTheConversation(SharedDemoPair.DemoPair pair) {
        TwoNodes shared = TwoNodes.sharing(pair);
        String unknown = "01KBTQ5M8Y00000000000000X9";

        TwoNodes.Response refused = shared.asSystem(shared.la, "LA-HOUAYXAY", "POST", "/api/messages", """
                {"to": ["TH-CHIANGKHONG"], "kind": "RESPONSE", "priority": "ROUTINE", "handling": {"code": "H0"},
                 "conversationId": "%s", "inReplyTo": "%s", "language": "en", "subject": "Re", "body": "Answer"}"""
                .formatted(unknown, unknown));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("inReplyTo " + unknown
                + " is not a message your office received or sent in conversation " + unknown);
    }

    @Test
    void aReplyByLaterThanThePriorityAllowsIsRefusedNamingTheLimit(SharedDemoPair.DemoPair pair) {
        TwoNodes shared = TwoNodes.sharing(pair);

        TwoNodes.Response refused = shared.asSystem(shared.th, "TH-CHIANGKHONG", "POST", "/api/messages", """
                {"to": ["LA-HOUAYXAY"], "kind": "REQUEST", "priority": "FLASH", "handling": {"code": "H2"},
                 "replyBy": "%s", "language": "en", "subject": "Pickup", "body": "Did it cross?"}"""
                .formatted(Instant.now().plus(Duration.ofDays(2))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("replyBy", "FLASH", "8h");
    }

    /** What the office's coordinator sees after signing in: the start page of a coordinator is the notices page. */
    private String noticesPageOfThsCoordinator() throws Exception {
        DemoCredentials.Officer coordinator = nodes.credentials.coordinatorOf("TH-CHIANGKHONG");
        try (Browser browser = new Browser(WebNodes.baseUrl(nodes.th), directory.resolve("browser"))) {
            browser.signIn(coordinator.user(), coordinator.password());
            assertThat(browser.driver.getCurrentUrl()).endsWith("/notices");
            return browser.find(By.cssSelector("table.notices")).getText() + " "
                    + browser.find(By.cssSelector("table.notices a")).getAttribute("href");
        }
    }

    private List<String> overdueInThOutbox(String id) {
        JsonNode outbox = nodes.asOfficer(nodes.th, "TH-CHIANGKHONG", "GET", "/api/messages/outbox", null).json();
        return outbox.get("messages").valueStream().filter(message -> message.get("messageId").asString().equals(id))
                .findFirst().orElseThrow().get("overdue").valueStream().map(JsonNode::asString).toList();
    }

    private List<String> reasonsNoticedToThFor(String id) {
        JsonNode overdue = nodes.asOfficer(nodes.th, "TH-CHIANGKHONG", "GET", "/api/liaison/notices", null)
                .json().get("overdue");
        return overdue.valueStream().filter(notice -> notice.get("messageId").asString().equals(id))
                .map(notice -> notice.get("reason").asString()).toList();
    }
}
