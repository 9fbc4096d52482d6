package org.blohub.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.store.AuditEventType;
import org.blohub.hub.store.AuditLog;
import org.blohub.hub.store.AuditQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The officer's pages in a real browser, on the demo pair of nodes (one pair for all tests of this class). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficerPagesIT {

    @TempDir
    static Path directory;
    WebNodes nodes;

    @BeforeAll
    void startNodes() throws Exception {
        nodes = new WebNodes(directory).start();
    }

    @AfterAll
    void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    private Browser browser(String profile) {
        return new Browser(WebNodes.baseUrl(nodes.th), directory.resolve("profiles").resolve(profile));
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndRefuseFraming() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(WebNodes.baseUrl(nodes.th) + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(PageSecurity.CONTENT_SECURITY_POLICY);
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.body()).doesNotContain("<script>").doesNotContain(" style=").doesNotContain("hx-on");
    }

    @Test
    void theApiStillAnswersHttpBasicWithoutASession() throws Exception {
        DemoCredentials.Officer officer = nodes.credentials.officerOf("TH-CHIANGKHONG");
        String basic = java.util.Base64.getEncoder().encodeToString((officer.user() + ":" + officer.password()).getBytes());
        HttpResponse<String> inbox = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(WebNodes.baseUrl(nodes.th) + "/api/messages/inbox"))
                        .header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() {
        DemoCredentials.Officer officer = nodes.credentials.officerOf("TH-CHIANGKHONG");
        try (Browser browser = browser("csrf")) {
            browser.signIn(officer.user(), officer.password());
            browser.find(By.cssSelector("header .who"));

            Object status = browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/compose', {method: 'POST', body: new URLSearchParams({subject: 'no token'})})
                        .then(response => done(response.status));""");

            assertThat(status).isEqualTo(403L);
        }
    }

    @Test
    void repeatedFailedSignInsLockTheAccountAndTheAuditLogRecordsIt() {
        DemoCredentials.Officer officer = nodes.credentials.officerOf("TH-MAESAI");
        Instant before = Instant.now();
        try (Browser browser = browser("lockout")) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                browser.signIn(officer.user(), "wrong-password-" + attempt);
            }
            assertThat(browser.driver.getCurrentUrl()).endsWith("/login?locked");

            browser.signIn(officer.user(), officer.password());

            assertThat(browser.driver.getCurrentUrl()).endsWith("/login?locked");
            assertThat(browser.find(By.cssSelector("p.alert")).getText()).contains("locked");
        }
        var lockOuts = nodes.th.getBean(AuditLog.class).search(new AuditQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(AuditEventType.LOGIN_FAILED), Optional.of(before), Optional.empty(), 0, 100))
                .stream().map(record -> record.event())
                .filter(event -> event.actor().equals(officer.user()))
                .map(event -> event.reasonCode().orElse(""))
                .toList();
        assertThat(lockOuts).contains(LockoutAudit.REASON, "ACCOUNT_LOCKED");
    }
}
