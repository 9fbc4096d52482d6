package org.blohub.hub.web.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditQuery;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.SharedDemoPair;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.QuarantineEntry;
import org.blohub.hub.store.QuarantineStore;
import org.blohub.hub.web.Browser;
import org.blohub.hub.web.WebNodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.json.JsonMapper;

/**
 * The auditor's and administrator's pages in a real browser, on the demo pair after Chiang Khong (TH) asked
 * Houayxay (LA) and the DELIVERED receipt came back (one exchange for all tests of this class, on the demo pair
 * that this JVM's scenario tests share).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedDemoPair.class)
class OversightPagesIT {

    private static final String SUBJECT = "Pickup 1AB-2345 crossed at Chiang Khong";
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    static Path directory;
    WebNodes nodes;
    String messageId;

    @BeforeAll
    void exchangeAMessage(SharedDemoPair.DemoPair pair) throws Exception {
        nodes = WebNodes.sharing(pair);
        messageId = submitFromChiangKhongToHouayxay();
        await().atMost(PATIENCE).until(() -> types(messageId).contains(AuditEventType.RECEIPT));
    }

    @Test
    void theAuditorFindsTheMessageAndSeesItsTimelineWithSentAndTheDeliveryReceipt() {
        try (Browser browser = signedInAsAuditor("auditor-search")) {
            browser.open("/audit/events");
            browser.find(By.id("office")).sendKeys("Chiang Khong");
            browser.find(By.id("search")).click();
            assertThat(browser.find(By.id("problem")).getText()).startsWith("Office:").contains("TH-MAESAI");

            browser.find(By.id("office")).clear();
            browser.find(By.id("messageId")).sendKeys(messageId);
            browser.find(By.id("search")).click();
            browser.find(By.cssSelector("#events a[href$='" + messageId + "']")).click();

            List<String> types = browser.waitUntil(driver -> driver.findElements(By.cssSelector("#timeline tbody tr")))
                    .stream().map(row -> row.getAttribute("data-type")).toList();
            assertThat(types).containsSubsequence("SUBMITTED", "SENT", "RECEIPT");
            WebElement receipt = browser.find(By.cssSelector("#timeline tr[data-type=RECEIPT]"));
            assertThat(receipt.getText()).contains("DELIVERED").contains("LA-HOUAYXAY");
        }
    }

    @Test
    void theAuditorSeesTheInclusionProofOfTheSentEventVerifiedAgainstTheSignedCheckpoint() {
        try (Browser browser = signedInAsAuditor("auditor-proof")) {
            browser.open("/audit/messages/" + messageId);
            String check = browser.find(By.cssSelector("#timeline tr[data-type=SENT] a.check-proof"))
                    .getAttribute("href");

            String verdict = browser.waitUntil(driver -> {
                driver.get(check);
                String classes = driver.findElement(By.id("verdict")).getAttribute("class");
                return classes.contains("VERIFIED") && !classes.contains("NOT_VERIFIED") ? classes : null;
            });

            assertThat(verdict).contains("VERIFIED");
            assertThat(browser.find(By.id("verdict")).getText()).contains("Verified");
        }
    }

    @Test
    void theAuditorSeesThatThePeerCosignedThisNodesCheckpointsAndNoForkAlarm() {
        try (Browser browser = signedInAsAuditor("auditor-checkpoints")) {
            String cosigned = browser.waitUntil(driver -> {
                driver.get(WebNodes.baseUrl(nodes.th) + "/audit/checkpoints");
                String size = driver.findElement(By.cssSelector("#peers tr[data-peer=LA] .largest-cosigned")).getText();
                return Long.parseLong(size) > 0 ? size : null;
            });

            assertThat(Long.parseLong(cosigned)).isPositive();
            assertThat(browser.find(By.cssSelector("#peers tr[data-peer=LA]")).getText()).contains("Consistent");
            assertThat(browser.driver.findElements(By.id("fork-alarm"))).isEmpty();
        }
    }

    @Test
    void theMessagePageSaysWhenAnEvidenceBundleNotYetCoveredByACheckpointWillBeReady() {
        try (Browser browser = signedInAsAuditor("auditor-evidence-pending")) {
            browser.open("/audit/messages/" + messageId);
            assertThat(browser.driver.findElements(By.id("evidence-pending"))).isEmpty();

            browser.open("/audit/messages/" + messageId + "?evidence=pending&lang=en");
            assertThat(browser.find(By.id("evidence-pending")).getText()).contains("after the next checkpoint")
                    .containsPattern("every \\d+ seconds").contains("blo.audit.checkpoint-interval");

            browser.open("/audit/messages/" + messageId + "?evidence=pending&lang=th");
            assertThat(browser.find(By.id("evidence-pending")).getText()).contains("จุดตรวจสอบถัดไป");
        }
    }

    @Test
    void theAuditorDownloadsTheEvidenceBundleAsAZipFile() {
        try (Browser browser = signedInAsAuditor("auditor-evidence")) {
            browser.open("/audit/messages/" + messageId);
            String href = browser.find(By.id("evidence")).getAttribute("href");

            Object download = browser.waitUntil(driver -> {
                Object answer = browser.driver.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(async response => {
                            const bytes = new Uint8Array(await response.arrayBuffer());
                            done(response.status + ' ' + response.headers.get('Content-Type') + ' '
                                + String.fromCharCode(bytes[0], bytes[1]) + ' ' + bytes.length);
                        });""", href);
                return answer.toString().startsWith("200 ") ? answer : null;
            });

            assertThat(download.toString()).startsWith("200 application/zip PK ");
        }
    }

    @Test
    void anAuditorCannotPostAnythingEvenWithAValidCsrfToken() {
        try (Browser browser = signedInAsAuditor("auditor-post")) {
            browser.open("/audit/events");

            Object status = browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const token = document.querySelector('form.logout input[name=_csrf]').value;
                    fetch('/audit/events', {method: 'POST', body: new URLSearchParams({_csrf: token, messageId: 'x'})})
                        .then(response => done(response.status));""");

            assertThat(status).isEqualTo(403L);
        }
    }

    @Test
    void onlyAuditorsOpenTheAuditorsPagesAndOnlyAdministratorsTheAdministratorsPages() {
        DemoCredentials.Officer officer = nodes.credentials.officerOf("TH-CHIANGKHONG");
        DemoCredentials.Officer admin = nodes.credentials.adminOf("TH");
        try (Browser asOfficer = signedIn(officer.user(), officer.password(), "officer-denied");
             Browser asAdmin = signedIn(admin.user(), admin.password(), "admin-denied");
             Browser asAuditor = signedInAsAuditor("auditor-denied")) {
            assertThat(status(asOfficer, "/audit")).isEqualTo(403L);
            assertThat(status(asOfficer, "/admin/links")).isEqualTo(403L);
            assertThat(status(asAdmin, "/audit/messages/" + messageId)).isEqualTo(403L);
            assertThat(status(asAuditor, "/admin/quarantine")).isEqualTo(403L);
            assertThat(status(asAuditor, "/audit")).isEqualTo(200L);
            assertThat(status(asAdmin, "/admin/links")).isEqualTo(200L);
        }
    }

    @Test
    void theAdministratorSeesThePeerLinkUpWithItsQueueButNoMessageContent() {
        DemoCredentials.Officer admin = nodes.credentials.adminOf("TH");
        try (Browser browser = signedIn(admin.user(), admin.password(), "admin-links")) {
            String state = browser.waitUntil(driver -> {
                driver.get(WebNodes.baseUrl(nodes.th) + "/admin/links");
                String text = driver.findElement(By.cssSelector("#links tr[data-peer=LA] .link-state")).getText();
                return text.equals("Up") ? text : null;
            });

            assertThat(state).isEqualTo("Up");
            assertThat(browser.find(By.cssSelector("#links tr[data-peer=LA] .queued")).getText()).matches("\\d+");
            assertThat(browser.find(By.id("database-state")).getText()).isEqualTo("Up");
            assertThat(browser.pageText()).doesNotContain(SUBJECT);
        }
    }

    @Test
    void theAdministratorReadsTheRegistryWithEveryCertificatesEndDate() {
        DemoCredentials.Officer admin = nodes.credentials.adminOf("TH");
        try (Browser browser = signedIn(admin.user(), admin.password(), "admin-registry")) {
            browser.open("/admin/registry");

            assertThat(browser.find(By.id("nodes")).getText()).contains("TH").contains("LA");
            assertThat(browser.find(By.id("offices")).getText()).contains("TH-CHIANGKHONG").contains("LA-HOUAYXAY");
            assertThat(browser.driver.findElements(By.cssSelector("#certificates tr[data-state]")))
                    .extracting(row -> row.getText())
                    .anySatisfy(text -> assertThat(text).contains("TH-CHIANGKHONG").contains("Office signing"))
                    .anySatisfy(text -> assertThat(text).contains("LA").contains("Node link (TLS)"));
        }
    }

    @Test
    void theQuarantinePageShowsReasonAndRoutingButNeverTheContentAndDiscardsWithAReason() {
        long id = nodes.th.getBean(QuarantineStore.class).quarantine(new QuarantineEntry(Instant.now(),
                "SIGNATURE_INVALID", "the signature does not verify with the sender office's certificate",
                ImmutableBytes.copyOf(("{\"subject\": \"" + SUBJECT + "\", \"body\": \"Driver Somchai\"}")
                        .getBytes(StandardCharsets.UTF_8)),
                "JMSMessageID=ID:1", Optional.of("01JQ8Z00000000000000000077"), Optional.of("LA-HOUAYXAY"),
                Optional.of("LA")));
        DemoCredentials.Officer admin = nodes.credentials.adminOf("TH");
        try (Browser browser = signedIn(admin.user(), admin.password(), "admin-quarantine")) {
            browser.open("/admin/quarantine");
            WebElement row = browser.find(By.cssSelector("#quarantine tr[data-entry='" + id + "']"));

            assertThat(row.getText()).contains("SIGNATURE_INVALID").contains("LA-HOUAYXAY");
            assertThat(browser.pageText()).doesNotContain(SUBJECT).doesNotContain("Somchai");

            row.findElement(By.cssSelector("select[name=reason] option[value=DUPLICATE]")).click();
            row.findElement(By.cssSelector("button[type=submit]")).click();

            assertThat(browser.find(By.id("outcome")).getText()).contains("Entry " + id + " was discarded");
        }
        List<AuditRecord> discards = nodes.th.getBean(AuditLog.class).search(new AuditQuery(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(AuditEventType.ADMIN),
                Optional.empty(), Optional.empty(), 0, 1000));
        assertThat(discards).anySatisfy(record -> {
            assertThat(record.event().action()).contains("QUARANTINE_DISCARDED");
            assertThat(record.event().target()).contains("quarantine:" + id);
            assertThat(record.event().reasonCode()).contains("DUPLICATE");
            assertThat(record.event().actor()).isEqualTo(admin.user());
        });
    }

    @Test
    void theDashboardDrawsTheTrafficOfTheNodeAndIsPhotographedInEnglishAndThai() throws Exception {
        DemoCredentials.Officer admin = nodes.credentials.adminOf("TH");
        try (Browser auditor = signedInAsAuditor("auditor-dashboard");
             Browser administrator = signedIn(admin.user(), admin.password(), "admin-screenshots")) {
            auditor.open("/audit?lang=en");
            auditor.find(By.cssSelector("#dashboard[data-drawn=true]"));
            assertThat(auditor.find(By.id("volume-chart")).getSize().getHeight()).isPositive();
            assertThat(auditor.find(By.id("latency-chart")).getSize().getHeight()).isPositive();
            auditor.screenshot("auditor-dashboard-en");
            auditor.open("/audit?lang=th");
            auditor.find(By.cssSelector("#dashboard[data-drawn=true]"));
            assertThat(auditor.pageText()).contains("แดชบอร์ดปริมาณข้อความ");
            auditor.screenshot("auditor-dashboard-th");

            administrator.open("/admin/links?lang=en");
            administrator.find(By.cssSelector("#links tr[data-peer=LA]"));
            administrator.screenshot("admin-links-en");
            administrator.open("/admin/links?lang=th");
            assertThat(administrator.find(By.tagName("h1")).getText()).isEqualTo("การเชื่อมต่อและสถานะ");
            administrator.screenshot("admin-links-th");
        }
    }

    private Browser signedInAsAuditor(String profile) {
        DemoCredentials.Officer auditor = nodes.credentials.auditorOf("TH");
        return signedIn(auditor.user(), auditor.password(), profile);
    }

    private Browser signedIn(String user, String password, String profile) {
        Browser browser = new Browser(WebNodes.baseUrl(nodes.th), directory.resolve("profiles").resolve(profile));
        browser.signIn(user, password);
        browser.waitUntil(driver -> !driver.getCurrentUrl().contains("/login"));
        return browser;
    }

    private static Object status(Browser browser, String path) {
        return browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(response => done(response.status));""", path);
    }

    private List<AuditEventType> types(String id) {
        return nodes.th.getBean(AuditLog.class).forMessage(id).stream().map(record -> record.event().type()).toList();
    }

    private String submitFromChiangKhongToHouayxay() throws Exception {
        String body = """
                {"to": ["LA-HOUAYXAY"], "kind": "REQUEST", "priority": "FLASH", "handling": {"code": "H2"},
                 "language": "en", "subject": "%s", "body": "Did it cross in the last 48 hours?"}""".formatted(SUBJECT);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(WebNodes.baseUrl(nodes.th) + "/api/messages"))
                .header("Authorization", "Bearer " + nodes.credentials.tokenOf("TH-CHIANGKHONG").token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JsonMapper.builder().build().readTree(response.body()).get("messageId")
                .asString();
    }
}
