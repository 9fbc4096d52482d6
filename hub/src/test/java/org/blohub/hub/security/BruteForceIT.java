package org.blohub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.NodeLauncher;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.web.WebNodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A running node under password guessing from one address: after the configured number of refused logins (spread
 * over accounts, some unknown) every login from that address is refused, the right password too, on the API and the
 * sign-in page; the block is audited; and the officer gets in again once it has run out.
 */
class BruteForceIT {

    private static final Duration BLOCK = Duration.ofSeconds(6);

    @TempDir
    Path directory;

    private ConfigurableApplicationContext th;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void stop() {
        if (th != null) {
            th.close();
        }
    }

    @Test
    void guessesFromOneAddressBlockItsLoginsForAWhileAndTheBlockIsAudited() throws Exception {
        DemoCredentials credentials = new WebNodes(directory).credentials;
        th = NodeLauncher.start("TH", directory.resolve("demo"), directory.resolve("TH"), 0, List.of("LA"),
                Map.of("blo.security.address-throttle.failures", "5",
                        "blo.security.address-throttle.duration", BLOCK.toMillis() + "ms"));
        DemoCredentials.Officer officer = credentials.officerOf("TH-CHIANGKHONG");
        String rightPassword = basic(officer.user(), officer.password());

        for (String guess : List.of(basic(officer.user(), "guess-1"), basic(officer.user(), "guess-2"),
                basic("no-such-officer", "guess-3"), "Bearer not-a-token", basic(officer.user(), "guess-4"))) {
            assertThat(inbox(guess).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> blocked = inbox(rightPassword);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        assertThat(blocked.body()).contains("BLO-SEC-001", "too many failed logins from this address");
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + officer.user() + "&password="
                        + officer.password())));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");

        List<AuditEvent> blocks = th.getBean(AuditLog.class).read(0, 10_000).stream().map(AuditRecord::event)
                .filter(event -> event.type() == AuditEventType.LOGIN_FAILED)
                .filter(event -> event.reasonCode().filter("ADDRESS_BLOCKED"::equals).isPresent())
                .toList();
        assertThat(blocks).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo("client-address");
            assertThat(event.remoteAddress()).hasValueSatisfying(address ->
                    assertThat(loopback(address)).as(address).isTrue());
        });

        await().atMost(BLOCK.multipliedBy(3)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(inbox(rightPassword).statusCode()).isEqualTo(200));
    }

    @Test
    void wrongPasswordsForOneAccountOverTheApiLockOnlyThatAccountForAWhileAndTheLockIsAudited() throws Exception {
        DemoCredentials credentials = new WebNodes(directory).credentials;
        th = NodeLauncher.start("TH", directory.resolve("demo"), directory.resolve("TH"), 0, List.of("LA"),
                Map.of("blo.security.account-lockout.failures", "3",
                        "blo.security.account-lockout.duration", BLOCK.toMillis() + "ms"));
        DemoCredentials.Officer guessedAt = credentials.officerOf("TH-CHIANGKHONG");
        DemoCredentials.Officer colleague = credentials.officerOf("TH-MAESAI");

        for (String guess : List.of("guess-1", "guess-2", "guess-3")) {
            assertThat(inbox(basic(guessedAt.user(), guess)).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = inbox(basic(guessedAt.user(), guessedAt.password()));
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(locked.body()).contains("BLO-SEC-002", "too many failed logins for this account");
        assertThat(inbox(basic(colleague.user(), colleague.password())).statusCode()).isEqualTo(200);

        List<String> reasons = th.getBean(AuditLog.class).read(0, 10_000).stream().map(AuditRecord::event)
                .filter(event -> event.type() == AuditEventType.LOGIN_FAILED)
                .filter(event -> event.actor().equals(guessedAt.user()))
                .map(event -> event.reasonCode().orElse(""))
                .toList();
        assertThat(reasons).containsExactlyInAnyOrder("BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS",
                "ACCOUNT_LOCKED_OUT", "ACCOUNT_LOCKED");

        await().atMost(BLOCK.multipliedBy(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(inbox(basic(guessedAt.user(), guessedAt.password())).statusCode()).isEqualTo(200));
    }

    private HttpResponse<String> inbox(String authorization) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/messages/inbox")).header("Authorization", authorization).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(WebNodes.baseUrl(th) + path);
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
