package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.blohub.adapters.canonical.Handling;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Priority;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.SharedDemoPair;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.QuarantineStore;
import org.blohub.hub.store.QuarantinedMessage;
import org.blohub.hub.web.Browser;
import org.blohub.hub.web.WebNodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * Onward sharing on the two running demo nodes: Houayxay (LA) sends to Chiang Khong (TH), which forwards to Mae Sai
 * (TH, domestic agreement TH-CHIANGKHONG-MAESAI-2026). H1 goes at once; H2 and H3 wait for Houayxay's signed consent,
 * which crosses the link both ways.
 */
@ExtendWith(SharedDemoPair.class)
class OnwardSharingIT {

    private static final String ORIGINATOR = "LA-HOUAYXAY";
    private static final String FORWARDER = "TH-CHIANGKHONG";
    private static final String THIRD = "TH-MAESAI";

    private static TwoNodes nodes;
    private static RogueSender rogue;

    @TempDir
    Path directory;

    @BeforeAll
    static void joinTheSharedPair(SharedDemoPair.DemoPair pair) {
        nodes = TwoNodes.sharing(pair);
        rogue = new RogueSender(nodes.th);
    }

    @Test
    void anH1NotificationIsForwardedAtOnceAndMaeSaiSeesWhereItCameFrom() {
        String subject = "Boat seen at pier 3 " + UUID.randomUUID();
        String id = receivedByChiangKhong("NOTIFICATION", "{\"code\": \"H1\"}", subject);

        TwoNodes.Response forwarded = forward(id, "Please watch the Mae Sai crossing");

        assertThat(forwarded.status()).as(forwarded.body()).isEqualTo(202);
        assertThat(forwarded.json().get("state").asString()).isEqualTo("FORWARDED");
        String copyId = forwarded.json().get("forwardedMessageId").asString();
        JsonNode copy = awaitInMaeSaiInbox(copyId);
        assertThat(copy.at("/content/from").asString()).isEqualTo(FORWARDER);
        assertThat(copy.at("/content/subject").asString()).isEqualTo(subject);
        assertThat(copy.at("/content/body").asString()).startsWith("Please watch the Mae Sai crossing\n\n")
                .endsWith("Long-tail boat without registration");
        assertThat(copy.at("/content/forwardedFrom/messageId").asString()).isEqualTo(id);
        assertThat(copy.at("/content/forwardedFrom/from").asString()).isEqualTo(ORIGINATOR);
        assertThat(copy.at("/content/forwardedFrom/handling/code").asString()).isEqualTo("H1");
        assertThat(copy.at("/content/forwardedFrom/consentId").isMissingNode()).isTrue();
        assertThat(copy.at("/content/handling/code").asString()).isEqualTo("H1");

        List<AuditEvent> thEvents = eventsOf(nodes.th, id);
        assertThat(thEvents).extracting(AuditEvent::type)
                .containsSubsequence(AuditEventType.FORWARD_REQUEST, AuditEventType.FORWARDED)
                .doesNotContain(AuditEventType.CONSENT_REQUEST);
        assertThat(thEvents).filteredOn(event -> event.type() == AuditEventType.FORWARDED).singleElement()
                .satisfies(event -> {
                    assertThat(event.toOffices()).containsExactly(THIRD);
                    assertThat(event.reasonCode()).contains(copyId);
                });
        assertThat(thEvents).allSatisfy(event -> assertThat(event.toString())
                .doesNotContain(subject, "Mae Sai crossing", "Long-tail"));
        assertThat(eventsOf(nodes.la, id)).extracting(AuditEvent::type).doesNotContain(AuditEventType.CONSENT_REQUEST);
    }

    @Test
    void anH2RequestWaitsForHouayxaysConsentThenReachesMaeSaiWithTheConsentAndEveryStepIsAuditedOnBothNodes() {
        String subject = "Driver identity check " + UUID.randomUUID();
        String id = receivedByChiangKhong("REQUEST", "{\"code\": \"H2\"}", subject);

        TwoNodes.Response asked = forward(id, "Mae Sai stopped the same driver");

        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        assertThat(asked.json().get("state").asString()).isEqualTo("AWAITING_CONSENT");
        assertThat(asked.json().get("forwardedMessageId").isNull()).isTrue();
        String requestId = asked.json().get("requestId").asString();
        JsonNode pending = awaitConsentRequest(requestId);
        assertThat(pending.get("messageId").asString()).isEqualTo(id);
        assertThat(pending.get("requester").asString()).isEqualTo(FORWARDER);
        assertThat(pending.get("to").valueStream().map(JsonNode::asString)).containsExactly(THIRD);
        assertThat(pending.get("note").asString()).isEqualTo("Mae Sai stopped the same driver");
        assertThat(pending.get("state").asString()).isEqualTo("PENDING");
        assertThat(forwardsOf(id).get(0).get("state").asString()).isEqualTo("AWAITING_CONSENT");

        TwoNodes.Response granted = decide(requestId, "{\"decision\": \"GRANTED\"}");

        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.json().get("state").asString()).isEqualTo("GRANTED");
        assertThat(decide(requestId, "{\"decision\": \"REFUSED\"}").status()).isEqualTo(409);
        JsonNode done = await().atMost(TwoNodes.PATIENCE).until(() -> forwardsOf(id).get(0),
                forward -> forward.get("state").asString().equals("FORWARDED"));
        JsonNode copy = awaitInMaeSaiInbox(done.get("forwardedMessageId").asString());
        assertThat(copy.at("/content/kind").asString()).isEqualTo("REQUEST");
        assertThat(copy.at("/content/handling/code").asString()).isEqualTo("H2");
        assertThat(copy.at("/content/forwardedFrom/messageId").asString()).isEqualTo(id);
        assertThat(copy.at("/content/forwardedFrom/consentId").asString()).isNotEmpty();

        assertThat(eventsOf(nodes.th, id)).extracting(AuditEvent::type).containsSubsequence(
                AuditEventType.FORWARD_REQUEST, AuditEventType.CONSENT_REQUEST, AuditEventType.CONSENT_GRANTED,
                AuditEventType.FORWARDED);
        assertThat(eventsOf(nodes.th, id)).filteredOn(event -> event.type() == AuditEventType.CONSENT_GRANTED)
                .singleElement().satisfies(event -> assertThat(event.actor()).isEqualTo("peer:LA"));
        List<AuditEvent> laEvents = eventsOf(nodes.la, id);
        assertThat(laEvents).extracting(AuditEvent::type)
                .containsSubsequence(AuditEventType.CONSENT_REQUEST, AuditEventType.CONSENT_GRANTED);
        assertThat(laEvents).filteredOn(event -> event.type() == AuditEventType.CONSENT_GRANTED).singleElement()
                .satisfies(event -> {
                    assertThat(event.actor()).isEqualTo(nodes.credentials.officerOf(ORIGINATOR).user());
                    assertThat(event.reasonCode()).contains(requestId);
                });
        assertThat(laEvents).allSatisfy(event -> assertThat(event.toString()).doesNotContain("same driver", subject));
    }

    @Test
    void anH3NotificationWhoseConsentIsRefusedIsNotForwardedAndChiangKhongSeesTheReason() {
        String subject = "Informant report " + UUID.randomUUID();
        String id = receivedByChiangKhong("NOTIFICATION",
                "{\"code\": \"H3\", \"restrictionText\": \"Not to customs\"}", subject);

        TwoNodes.Response asked = forward(id, "");
        assertThat(asked.json().get("state").asString()).as(asked.body()).isEqualTo("AWAITING_CONSENT");
        String requestId = asked.json().get("requestId").asString();
        awaitConsentRequest(requestId);

        assertThat(decide(requestId, "{\"decision\": \"REFUSED\", \"reason\": \"Source protection\"}").status())
                .isEqualTo(200);

        JsonNode refused = await().atMost(TwoNodes.PATIENCE).until(() -> forwardsOf(id).get(0),
                forward -> forward.get("state").asString().equals("REFUSED"));
        assertThat(refused.get("reason").asString()).isEqualTo("Source protection");
        assertThat(refused.get("forwardedMessageId").isNull()).isTrue();
        assertThat(eventsOf(nodes.th, id)).extracting(AuditEvent::type)
                .contains(AuditEventType.CONSENT_REFUSED).doesNotContain(AuditEventType.FORWARDED);
        assertThat(nodes.asOfficer(nodes.th, THIRD, "GET", "/api/messages/inbox", null).body()).doesNotContain(id);
        assertThat(eventsOf(nodes.la, id)).extracting(AuditEvent::type).contains(AuditEventType.CONSENT_REFUSED);
    }

    @Test
    void chiangKhongQuotesOneOfTwoVehiclesUnderItsOwnTextAndAPositionTheMessageLacksIsRefused() {
        String subject = "Two pickups " + UUID.randomUUID();
        String id = receivedByChiangKhong("NOTIFICATION", "{\"code\": \"H1\"}", subject, ", \"entities\": {"
                + "\"persons\": [], \"documents\": [], \"vessels\": [], \"seizures\": [], \"vehicles\": "
                + "[{\"plate\": \"LA 1234\"}, {\"plate\": \"LA 5678\", \"colour\": \"white\"}]}");

        TwoNodes.Response beyond = nodes.asOfficer(nodes.th, FORWARDER, "POST", "/api/messages/" + id + "/forward",
                "{\"to\": [\"" + THIRD + "\"], \"note\": \"Watch it\", \"entities\": {\"vehicles\": [2]}}");
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.json().at("/fieldErrors/0/path").asString()).isEqualTo("entities.vehicles[0]");
        assertThat(beyond.body()).contains("The message has 2 vehicles; position 2 is not one of them");
        TwoNodes.Response noText = nodes.asOfficer(nodes.th, FORWARDER, "POST", "/api/messages/" + id + "/forward",
                "{\"to\": [\"" + THIRD + "\"], \"entities\": {\"vehicles\": [1]}}");
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.json().at("/fieldErrors/0/path").asString()).isEqualTo("note");

        TwoNodes.Response quoted = nodes.asOfficer(nodes.th, FORWARDER, "POST", "/api/messages/" + id + "/forward",
                "{\"to\": [\"" + THIRD + "\"], \"note\": \"The white pickup may come your way\","
                        + " \"entities\": {\"vehicles\": [1]}}");

        assertThat(quoted.status()).as(quoted.body()).isEqualTo(202);
        JsonNode copy = awaitInMaeSaiInbox(quoted.json().get("forwardedMessageId").asString());
        assertThat(copy.at("/content/body").asString()).isEqualTo("The white pickup may come your way");
        assertThat(copy.at("/content/entities/vehicles")).hasSize(1);
        assertThat(copy.at("/content/entities/vehicles/0/plate").asString()).isEqualTo("LA 5678");
        assertThat(copy.at("/content/forwardedFrom/messageId").asString()).isEqualTo(id);
    }

    @Test
    void onlyTheReceivingOfficeMayForwardAndOnlyWhereAnAgreementAllowsButNeverBackToTheSender() {
        String id = receivedByChiangKhong("NOTIFICATION", "{\"code\": \"H0\"}", "Patrol " + UUID.randomUUID());
        String body = "{\"to\": [\"TH-CHIANGSAEN\"]}";

        TwoNodes.Response stranger = nodes.asOfficer(nodes.th, THIRD, "POST", "/api/messages/" + id + "/forward",
                "{\"to\": [\"TH-CHIANGSAEN\"]}");
        assertThat(stranger.status()).isEqualTo(404);
        TwoNodes.Response sender = nodes.asOfficer(nodes.la, ORIGINATOR, "POST", "/api/messages/" + id + "/forward",
                "{\"to\": [\"LA-TONPHEUNG\"]}");
        assertThat(sender.status()).isEqualTo(404);

        long rejectedBefore = rejectedOn(nodes.th);
        TwoNodes.Response noAgreement = nodes.asOfficer(nodes.th, FORWARDER, "POST", "/api/messages/" + id
                + "/forward", body);
        assertThat(noAgreement.status()).isEqualTo(403);
        assertThat(noAgreement.body()).contains("no agreement allows TH-CHIANGKHONG to send NOTIFICATION to "
                + "TH-CHIANGSAEN");
        assertThat(rejectedOn(nodes.th)).isEqualTo(rejectedBefore + 1);

        TwoNodes.Response back = nodes.asOfficer(nodes.th, FORWARDER, "POST", "/api/messages/" + id + "/forward",
                "{\"to\": [\"LA-HOUAYXAY\"]}");
        assertThat(back.status()).isEqualTo(400);
        assertThat(back.body()).contains("answer it with a reply");
        assertThat(forwardsOf(id)).isEmpty();
    }

    @Test
    void aConsentRequestAboutAMessageNeverSentAndAConsentReplyToNoRequestAreRefusedOnArrival() throws Exception {
        String neverSent = new org.blohub.adapters.canonical.MessageIds(java.time.Clock.systemUTC(),
                new java.security.SecureRandom()).next();
        LiaisonMessage request = consentMessage(MessageKind.CONSENT_REQUEST, neverSent,
                "{\"consentRequest\": 1, \"messageId\": \"" + neverSent + "\", \"targets\": [\"TH-MAESAI\"]}");
        LiaisonMessage reply = consentMessage(MessageKind.CONSENT_REPLY, neverSent,
                "{\"consentReply\": 1, \"requestId\": \"" + neverSent + "\", \"messageId\": \"" + neverSent
                        + "\", \"decision\": \"GRANTED\"}");

        rogue.sendConsent(request);
        rogue.sendConsent(reply);

        QuarantineStore quarantine = nodes.la.getBean(QuarantineStore.class);
        for (LiaisonMessage forged : List.of(request, reply)) {
            QuarantinedMessage refused = await().atMost(TwoNodes.PATIENCE).until(() -> quarantined(quarantine,
                    forged.id()), Optional::isPresent).orElseThrow();
            assertThat(refused.entry().reasonCode()).isEqualTo("BLO-IN-015 CONSENT_UNMATCHED");
            assertThat(eventsOf(nodes.la, forged.id())).extracting(AuditEvent::type)
                    .containsExactly(AuditEventType.REJECTED);
        }
        assertThat(quarantined(quarantine, request.id()).orElseThrow().entry().reasonText())
                .contains("did not send to TH-CHIANGKHONG");
        assertThat(nodes.asOfficer(nodes.la, ORIGINATOR, "GET", "/api/consent-requests", null).body())
                .doesNotContain(request.id());
    }

    @Test
    void chiangKhongForwardsFromTheMessagePageHouayxayGrantsOnItsConsentPageAndMaeSaiSeesTheOrigin() {
        String subject = "Pickup convoy " + UUID.randomUUID();
        String id = receivedByChiangKhong("NOTIFICATION", "{\"code\": \"H2\"}", subject);

        try (Browser chiangKhong = signedIn(nodes.th, FORWARDER)) {
            chiangKhong.open("/messages/" + id);
            assertThat(chiangKhong.find(By.cssSelector("form.forward-form p.help")).getText()).contains(ORIGINATOR);
            chiangKhong.find(By.cssSelector("form.forward-form input[value='" + THIRD + "']")).click();
            chiangKhong.find(By.cssSelector("form.forward-form textarea[name=note]")).sendKeys("Convoy heads to Mae Sai");
            chiangKhong.find(By.cssSelector("form.forward-form button[type=submit]")).click();
            assertThat(chiangKhong.find(By.cssSelector("ul.forwards li")).getAttribute("data-state"))
                    .isEqualTo("AWAITING_CONSENT");
        }
        String requestId = forwardsOf(id).get(0).get("requestId").asString();
        awaitConsentRequest(requestId);

        try (Browser houayxay = signedIn(nodes.la, ORIGINATOR)) {
            houayxay.open("/consent");
            By row = By.cssSelector("tr[data-request-id='" + requestId + "']");
            WebElement pending = houayxay.find(row);
            assertThat(pending.getText()).contains(FORWARDER, THIRD, "Convoy heads to Mae Sai");
            pending.findElement(By.cssSelector("button[value=GRANTED]")).click();
            houayxay.waitUntil(driver -> "GRANTED".equals(driver.findElement(row).getAttribute("data-state")));
            assertThat(houayxay.find(row).getText()).contains(nodes.credentials.officerOf(ORIGINATOR).user());
        }

        JsonNode done = await().atMost(TwoNodes.PATIENCE).until(() -> forwardsOf(id).get(0),
                forward -> forward.get("state").asString().equals("FORWARDED"));
        String copyId = done.get("forwardedMessageId").asString();
        awaitInMaeSaiInbox(copyId);
        try (Browser chiangKhong = signedIn(nodes.th, FORWARDER)) {
            chiangKhong.open("/messages/" + id);
            assertThat(chiangKhong.find(By.cssSelector("ul.forwards li")).getAttribute("data-state"))
                    .isEqualTo("FORWARDED");
        }
        try (Browser maeSai = signedIn(nodes.th, THIRD)) {
            maeSai.open("/messages/" + copyId);
            WebElement origin = maeSai.find(By.cssSelector("article.current dd.forwarded-from"));
            assertThat(origin.getText()).contains(ORIGINATOR, id, "H2");
        }
    }

    private Browser signedIn(ConfigurableApplicationContext node, String office) {
        DemoCredentials.Officer officer = nodes.credentials.officerOf(office);
        Browser browser = new Browser(WebNodes.baseUrl(node), directory.resolve(office));
        browser.signIn(officer.user(), officer.password());
        return browser;
    }

    private static LiaisonMessage consentMessage(MessageKind kind, String about, String body) {
        LiaisonMessage base = rogue.message(FORWARDER, ORIGINATOR, HandlingCode.H2);
        return base.toBuilder().kind(kind).inReplyTo(about).priority(Priority.IMMEDIATE)
                .handling(Handling.of(HandlingCode.H2)).createdAt(Instant.now()).subject("Consent").body(body).build();
    }

    /** Houayxay sends the message to Chiang Khong; returns its id once Chiang Khong's inbox holds it. */
    private static String receivedByChiangKhong(String kind, String handling, String subject) {
        return receivedByChiangKhong(kind, handling, subject, "");
    }

    private static String receivedByChiangKhong(String kind, String handling, String subject, String moreFields) {
        TwoNodes.Response sent = nodes.asOfficer(nodes.la, ORIGINATOR, "POST", "/api/messages", """
                {"to": ["%s"], "kind": "%s", "priority": "IMMEDIATE", "handling": %s, "language": "en",
                 "subject": "%s", "body": "Long-tail boat without registration"%s}""".formatted(FORWARDER, kind,
                handling, subject, moreFields));
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        String id = sent.json().get("messageId").asString();
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(
                nodes.th.getBean(MessageStore.class).findInInbox(FORWARDER, id)).isPresent());
        return id;
    }

    private static TwoNodes.Response forward(String id, String note) {
        return nodes.asOfficer(nodes.th, FORWARDER, "POST", "/api/messages/" + id + "/forward",
                "{\"to\": [\"" + THIRD + "\"], \"note\": \"" + note + "\"}");
    }

    private static TwoNodes.Response decide(String requestId, String body) {
        return nodes.asOfficer(nodes.la, ORIGINATOR, "POST", "/api/consent-requests/" + requestId + "/decision", body);
    }

    private static JsonNode forwardsOf(String id) {
        TwoNodes.Response forwards = nodes.asOfficer(nodes.th, FORWARDER, "GET", "/api/messages/" + id + "/forwards",
                null);
        assertThat(forwards.status()).as(forwards.body()).isEqualTo(200);
        return forwards.json();
    }

    private static JsonNode awaitConsentRequest(String requestId) {
        return await().atMost(TwoNodes.PATIENCE).until(() -> nodes.asOfficer(nodes.la, ORIGINATOR, "GET",
                "/api/consent-requests", null).json().valueStream()
                .filter(request -> request.get("requestId").asString().equals(requestId)).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private static JsonNode awaitInMaeSaiInbox(String copyId) {
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(
                nodes.th.getBean(MessageStore.class).findInInbox(THIRD, copyId)).isPresent());
        TwoNodes.Response read = nodes.asOfficer(nodes.th, THIRD, "GET", "/api/messages/" + copyId, null);
        assertThat(read.status()).isEqualTo(200);
        return read.json();
    }

    private static List<AuditEvent> eventsOf(ConfigurableApplicationContext node, String id) {
        return node.getBean(AuditLog.class).forMessage(id).stream().map(AuditRecord::event).toList();
    }

    private static long rejectedOn(ConfigurableApplicationContext node) {
        return node.getBean(AuditLog.class).read(0, 100_000).stream().map(AuditRecord::event)
                .filter(event -> event.type() == AuditEventType.REJECTED)
                .filter(event -> event.target().orElse("").contains("/forward")).count();
    }

    private static Optional<QuarantinedMessage> quarantined(QuarantineStore store, String id) {
        return store.recent(0, 500).stream().filter(q -> q.entry().messageId().filter(id::equals).isPresent())
                .findFirst();
    }
}
