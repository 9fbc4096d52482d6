package org.blohub.hub.web.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.NodeLauncher;
import org.blohub.hub.web.Browser;
import org.blohub.hub.web.WebNodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scenario 5 on the demo pair: Chiang Khong (TH) asks Houayxay (LA), LA reads it and replies; TH's auditor opens the
 * request and sees both nodes' events in one timeline, each labelled with the node that recorded it, and the reply
 * in the conversation. TH reaches LA's audit API with the auditor account LA issued.
 */
class CrossNodeTimelineIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path directory;
    WebNodes nodes;

    @AfterEach
    void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void theAuditorSeesBothNodesEventsOfTheRequestByNodeAndTheReplyInTheConversation() throws Exception {
        nodes = new WebNodes(directory);
        Path material = directory.resolve("demo");
        Map<String, Object> fastCheckpoints = Map.of("blo.audit.checkpoint-interval", "2s");
        nodes.la = NodeLauncher.start("LA", material, directory.resolve("LA"), 0, List.of("TH"), fastCheckpoints);
        DemoCredentials.Officer laAuditor = nodes.credentials.auditorOf("LA");
        nodes.th = NodeLauncher.start("TH", material, directory.resolve("TH"), 0, List.of("LA"), Map.of(
                "blo.audit.checkpoint-interval", "2s",
                "blo.oversight.peer-audit-api.user", laAuditor.user(),
                "blo.oversight.peer-audit-api.password", laAuditor.password(),
                "blo.oversight.peer-audit-api.urls.LA", WebNodes.baseUrl(nodes.la)));

        String request = submit(nodes.th, "TH-CHIANGKHONG", """
                {"to": ["LA-HOUAYXAY"], "kind": "REQUEST", "priority": "FLASH", "handling": {"code": "H2"},
                 "language": "en", "subject": "Pickup crossing", "body": "Did it cross in the last 48 hours?"}""");
        await().atMost(PATIENCE).until(() -> types(nodes.la, request).contains(AuditEventType.DELIVERED));
        assertThat(call(nodes.la, "LA-HOUAYXAY", "/api/messages/" + request + "/read", "").statusCode())
                .isEqualTo(200);
        String reply = submit(nodes.la, "LA-HOUAYXAY", """
                {"to": ["TH-CHIANGKHONG"], "kind": "RESPONSE", "priority": "FLASH", "handling": {"code": "H2"},
                 "conversationId": "%s", "inReplyTo": "%s", "language": "en", "subject": "Re: pickup crossing",
                 "body": "No information on this vehicle."}""".formatted(request, request));
        await().atMost(PATIENCE).until(() -> types(nodes.th, request).stream()
                .filter(type -> type == AuditEventType.RECEIPT).count() == 2
                && types(nodes.th, reply).contains(AuditEventType.RECEIVED));

        DemoCredentials.Officer auditor = nodes.credentials.auditorOf("TH");
        try (Browser browser = new Browser(WebNodes.baseUrl(nodes.th), directory.resolve("profiles/auditor"))) {
            browser.signIn(auditor.user(), auditor.password());
            browser.waitUntil(driver -> !driver.getCurrentUrl().contains("/login"));
            AtomicReference<String> seen = new AtomicReference<>("");
            // LA's entries are proven once TH has cosigned an LA checkpoint that covers them
            List<String> rows;
            try {
                rows = browser.waitUntil(driver -> {
                    driver.get(WebNodes.baseUrl(nodes.th) + "/audit/messages/" + request);
                    List<String> labelled = driver.findElements(By.cssSelector("#timeline tbody tr")).stream()
                            .map(row -> Objects.toString(row.getAttribute("data-node"), "") + ":"
                                    + Objects.toString(row.getAttribute("data-type"), "") + ":"
                                    + Objects.toString(row.getAttribute("data-receipt"), "") + ":"
                                    + Objects.toString(row.getAttribute("data-check"), ""))
                            .toList();
                    seen.set(labelled + " " + driver.findElements(By.cssSelector(".peer-unavailable")).stream()
                            .map(WebElement::getText).toList());
                    return labelled.contains("LA:READ::IN_PEER_CHECKPOINT") ? labelled : null;
                });
            } catch (TimeoutException e) {
                throw new AssertionError("the timeline never showed LA's READ event proven: " + seen.get(), e);
            }

            assertThat(rows).containsSubsequence(
                    "TH:SUBMITTED::THIS_NODE", "TH:SENT::THIS_NODE", "LA:RECEIVED::IN_PEER_CHECKPOINT");
            assertThat(rows).contains("LA:DELIVERED::IN_PEER_CHECKPOINT", "LA:READ::IN_PEER_CHECKPOINT",
                    "TH:RECEIPT:DELIVERED:THIS_NODE", "TH:RECEIPT:READ:THIS_NODE");
            assertThat(rows.indexOf("LA:READ::IN_PEER_CHECKPOINT"))
                    .isLessThan(rows.indexOf("TH:RECEIPT:READ:THIS_NODE"));
            assertThat(browser.driver.findElements(By.cssSelector(".peer-unavailable"))).isEmpty();
            WebElement replyLink = browser.find(By.cssSelector("#conversation a[href$='" + reply + "']"));
            replyLink.click();
            assertThat(browser.find(By.tagName("h1")).getText()).contains(reply);
            assertThat(browser.find(By.cssSelector("#conversation [data-message='" + request + "'] a"))
                    .getAttribute("href")).endsWith(request);

            nodes.la.close();
            browser.open("/audit/messages/" + request);

            assertThat(browser.find(By.cssSelector(".peer-unavailable[data-node=LA]")).getText())
                    .contains("LA");
            assertThat(browser.driver.findElements(By.cssSelector("#timeline tbody tr")))
                    .isNotEmpty()
                    .allSatisfy(row -> assertThat(row.getAttribute("data-node")).isEqualTo("TH"));
        }
    }

    private static List<AuditEventType> types(ConfigurableApplicationContext node,
            String messageId) {
        return node.getBean(AuditLog.class).forMessage(messageId).stream().map(record -> record.event().type())
                .toList();
    }

    private String submit(ConfigurableApplicationContext node, String office,
            String json) throws Exception {
        HttpResponse<String> response = call(node, office, "/api/messages", json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JsonMapper.builder().build().readTree(response.body()).get("messageId").asString();
    }

    private HttpResponse<String> call(ConfigurableApplicationContext node, String office,
            String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(WebNodes.baseUrl(node) + path))
                .header("Authorization", "Bearer " + nodes.credentials.tokenOf(office).token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
