package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.SharedDemoPair;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.StoredMessage;
import org.blohub.hub.web.Browser;
import org.blohub.hub.web.WebNodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * Operation groups on the two running demo nodes: Chiang Khong (TH) alerts the Mekong joint operation, whose members
 * are itself, Houayxay (LA) and Tachileik (MM, no agreement with Chiang Khong); the rainy-season patrol has ended.
 */
@ExtendWith(SharedDemoPair.class)
class OperationGroupIT {

    private static final String JOINT = "MEKONG-JOINT-2026";
    private static final String ENDED = "MEKONG-RAINY-SEASON-2026";

    private static TwoNodes nodes;

    @TempDir
    Path directory;

    @BeforeAll
    static void joinTheSharedPair(SharedDemoPair.DemoPair pair) {
        nodes = TwoNodes.sharing(pair);
    }

    private static String alertTo(String group, String subject) {
        return """
                {"operationGroup": "%s", "kind": "ALERT", "priority": "IMMEDIATE", "handling": {"code": "H0"},
                 "language": "en", "subject": "%s", "body": "Speedboat without lights heading downstream"}"""
                .formatted(group, subject);
    }

    @Test
    void anAlertToTheGroupReachesHouayxayWithTheGroupLeavesTachileikOutAndShowsTheSenderEachOfficesState() {
        String subject = "Mekong speedboat " + UUID.randomUUID();

        TwoNodes.Response submitted = nodes.asOfficer(nodes.th, "TH-CHIANGKHONG", "POST", "/api/messages",
                alertTo(JOINT, subject));

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.json().get("messageId").asString();
        JsonNode leftOut = submitted.json().get("leftOut");
        assertThat(leftOut).hasSize(1);
        assertThat(leftOut.get(0).get("office").asString()).isEqualTo("MM-TACHILEIK");
        assertThat(leftOut.get(0).get("reason").asString())
                .isEqualTo("no agreement allows TH-CHIANGKHONG to send ALERT to MM-TACHILEIK");

        StoredMessage sent = nodes.th.getBean(MessageStore.class).findInOutbox("TH-CHIANGKHONG", id).orElseThrow();
        assertThat(sent.summary().header().toOffices()).containsExactly("LA-HOUAYXAY");
        List<AuditEvent> thEvents = eventsOf(nodes.th, id);
        assertThat(thEvents).filteredOn(event -> event.type() == AuditEventType.SUBMITTED).singleElement()
                .satisfies(event -> assertThat(event.toOffices()).containsExactly("LA-HOUAYXAY"));
        assertThat(thEvents).filteredOn(event -> event.type() == AuditEventType.REJECTED).singleElement()
                .satisfies(event -> {
                    assertThat(event.toOffices()).containsExactly("MM-TACHILEIK");
                    assertThat(event.reasonCode()).contains("GROUP_MEMBER_NOT_AUTHORIZED");
                });
        assertThat(thEvents).allSatisfy(event -> assertThat(event.toString()).doesNotContain("Speedboat", subject));

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(
                nodes.la.getBean(MessageStore.class).findInInbox("LA-HOUAYXAY", id)).isPresent());
        JsonNode received = nodes.asOfficer(nodes.la, "LA-HOUAYXAY", "GET", "/api/messages/" + id, null).json();
        assertThat(received.at("/content/operationGroup").asString()).isEqualTo(JOINT);
        assertThat(received.at("/content/to").valueStream().map(JsonNode::asString)).containsExactly("LA-HOUAYXAY");
        assertThat(received.at("/content/subject").asString()).isEqualTo(subject);
        assertThat(received.get("recipients")).isEmpty();
        assertThat(eventsOf(nodes.la, id)).extracting(AuditEvent::type).contains(AuditEventType.RECEIVED);

        assertThat(nodes.asOfficer(nodes.la, "LA-HOUAYXAY", "POST", "/api/messages/" + id + "/read", null).status())
                .isEqualTo(200);
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> {
            JsonNode recipients = nodes.asOfficer(nodes.th, "TH-CHIANGKHONG", "GET", "/api/messages/" + id, null)
                    .json().get("recipients");
            assertThat(recipients).hasSize(1);
            assertThat(recipients.get(0).get("office").asString()).isEqualTo("LA-HOUAYXAY");
            assertThat(recipients.get(0).get("state").asString()).isEqualTo("READ");
            assertThat(recipients.get(0).get("deliveredAt").isNull()).isFalse();
            assertThat(recipients.get(0).get("readAt").isNull()).isFalse();
        });

        try (Browser houayxay = signedIn(nodes.la, "LA-HOUAYXAY")) {
            houayxay.open("/messages/" + id);
            assertThat(houayxay.find(By.cssSelector("article.current dd.operation-group")).getText())
                    .isEqualTo("Joint operation Mekong Golden Triangle (" + JOINT + ")");
        }
        try (Browser chiangKhong = signedIn(nodes.th, "TH-CHIANGKHONG")) {
            chiangKhong.open("/messages/" + id);
            assertThat(chiangKhong.find(By.cssSelector("article.current table.recipients tr[data-office='LA-HOUAYXAY']"))
                    .getAttribute("data-state")).isEqualTo("READ");
            assertThat(chiangKhong.driver.findElements(By.cssSelector("article.current li.receipt")))
                    .hasSize(2).allSatisfy(receipt -> assertThat(receipt.getText()).contains("LA-HOUAYXAY"));
        }

        TwoNodes.Response outsider = nodes.asOfficer(nodes.th, "TH-MAESAI", "GET", "/api/messages/" + id, null);
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(outsider.body()).doesNotContain(subject);
        for (String mailbox : List.of("inbox", "outbox")) {
            assertThat(nodes.asOfficer(nodes.th, "TH-MAESAI", "GET", "/api/messages/" + mailbox, null).body())
                    .doesNotContain(id);
        }
    }

    @Test
    void anOfficerSendsANotificationToTheGroupFromTheComposePageSeesWhoWasLeftOutAndHouayxayDelivered() {
        String subject = "Patrol schedule " + UUID.randomUUID();
        try (Browser chiangKhong = signedIn(nodes.th, "TH-CHIANGKHONG")) {
            chiangKhong.open("/compose");
            Select groups = new Select(chiangKhong.find(By.name("operationGroup")));
            assertThat(groups.getOptions()).extracting(option -> option.getAttribute("value"))
                    .containsExactly("", JOINT);
            groups.selectByValue(JOINT);
            new Select(chiangKhong.find(By.name("kind"))).selectByValue("NOTIFICATION");
            chiangKhong.find(By.name("subject")).sendKeys(subject);
            chiangKhong.find(By.name("body")).sendKeys("Joint patrol moves to 06:00");
            chiangKhong.find(By.cssSelector("main form button[type=submit]")).click();
            chiangKhong.waitUntil(driver -> driver.getCurrentUrl().contains("/messages/"));
            String id = chiangKhong.driver.getCurrentUrl().substring(chiangKhong.driver.getCurrentUrl()
                    .lastIndexOf('/') + 1);

            assertThat(chiangKhong.find(By.cssSelector("article.current dd.operation-group")).getAttribute("data-group"))
                    .isEqualTo(JOINT);
            assertThat(chiangKhong.find(By.cssSelector("div.left-out li")).getAttribute("data-office"))
                    .isEqualTo("MM-TACHILEIK");
            assertThat(chiangKhong.find(By.cssSelector("div.left-out")).getText())
                    .contains("Not sent to these members of the operation group",
                            "no agreement allows TH-CHIANGKHONG to send NOTIFICATION to MM-TACHILEIK");
            await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> {
                chiangKhong.open("/messages/" + id);
                assertThat(chiangKhong.find(By.cssSelector("article.current table.recipients tr"))
                        .getAttribute("data-office")).isEqualTo("LA-HOUAYXAY");
                assertThat(chiangKhong.find(By.cssSelector("article.current table.recipients tr"))
                        .getAttribute("data-state")).isEqualTo("DELIVERED");
            });
            assertThat(chiangKhong.driver.findElements(By.cssSelector("div.left-out")))
                    .as("named once, after sending; the audit log keeps it").isEmpty();
            assertThat(eventsOf(nodes.th, id)).filteredOn(event -> event.type() == AuditEventType.REJECTED)
                    .extracting(event -> event.toOffices()).containsExactly(List.of("MM-TACHILEIK"));
        }
    }

    @Test
    void anEndedGroupRefusesANewMessageNamingItsDatesAndTheRefusalIsAudited() {
        long before = groupRefusals(nodes.la).size();

        TwoNodes.Response refused = nodes.asOfficer(nodes.la, "LA-HOUAYXAY", "POST", "/api/messages",
                alertTo(ENDED, "Patrol " + UUID.randomUUID()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asString()).isEqualTo("Operation group " + ENDED
                + " accepts messages from 2026-06-01 to 2026-09-30 (UTC), not on " + LocalDate.now(ZoneOffset.UTC)
                + "; its earlier messages stay readable.");
        assertThat(refused.json().at("/fieldErrors/0/path").asString()).isEqualTo("operationGroup");
        List<AuditEvent> refusals = groupRefusals(nodes.la);
        assertThat(refusals).hasSize((int) before + 1);
        assertThat(refusals.get(refusals.size() - 1).reasonCode()).contains("SUBMISSION_NOT_AUTHORIZED");
        assertThat(refusals.get(refusals.size() - 1).fromOffice()).contains("LA-HOUAYXAY");
    }

    @Test
    void anOfficeOutsideTheGroupCannotSendToItAndAnUnknownGroupIsRefused() {
        TwoNodes.Response outsider = nodes.asOfficer(nodes.th, "TH-MAESAI", "POST", "/api/messages",
                alertTo(JOINT, "Outsider " + UUID.randomUUID()));
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.body()).contains("TH-MAESAI is not a member of operation group " + JOINT);

        TwoNodes.Response unknown = nodes.asOfficer(nodes.th, "TH-CHIANGKHONG", "POST", "/api/messages",
                alertTo("MEKONG-NOWHERE", "Unknown " + UUID.randomUUID()));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("There is no operation group MEKONG-NOWHERE in the network registry");
    }

    private Browser signedIn(ConfigurableApplicationContext node, String office) {
        DemoCredentials.Officer officer = nodes.credentials.officerOf(office);
        Browser browser = new Browser(WebNodes.baseUrl(node), directory.resolve(office));
        browser.signIn(officer.user(), officer.password());
        return browser;
    }

    private static List<AuditEvent> eventsOf(ConfigurableApplicationContext node, String id) {
        return node.getBean(AuditLog.class).forMessage(id).stream().map(AuditRecord::event).toList();
    }

    private static List<AuditEvent> groupRefusals(ConfigurableApplicationContext node) {
        return node.getBean(AuditLog.class).read(0, 100_000).stream().map(AuditRecord::event)
                .filter(event -> event.type() == AuditEventType.REJECTED)
                .filter(event -> event.target().orElse("").endsWith(" operationGroup"))
                .toList();
    }
}
