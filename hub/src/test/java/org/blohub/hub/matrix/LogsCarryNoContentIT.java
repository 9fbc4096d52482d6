package org.blohub.hub.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.NodeLauncher;
import org.blohub.hub.web.WebNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An exchange between TH and LA with the node's own loggers at TRACE and Spring's web, security and Camel's at
 * DEBUG: not one log line, error response or refusal may carry the subject, body, person's name, document number,
 * plate, password, token or key material the scenario used.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogsCarryNoContentIT {

    private static final String SUBJECT = "Kestrel crossing query 7731";
    private static final String BODY = "Pickup seen near pier Kestrel 2290";
    private static final String PERSON = "Somsak Kestrelwong";
    private static final String DOCUMENT = "KX4471902";
    private static final String PLATE = "9KT-4471";
    private static final String WRONG_PASSWORD = "Kestrel-wrong-5521";
    private static final Pattern MESSAGE_ID = Pattern.compile("\"messageId\"\\s*:\\s*\"([^\"]+)\"");

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void noLogLineErrorOrRefusalCarriesContentCredentialsOrKeys(CapturedOutput output) throws Exception {
        WebNodes pair = new WebNodes(directory);
        DemoCredentials credentials = pair.credentials;
        Map<String, Object> verbose = Map.of("logging.level.org.blohub", "TRACE",
                "logging.level.org.springframework.web", "DEBUG",
                "logging.level.org.springframework.security", "DEBUG",
                "logging.level.org.apache.camel", "DEBUG");
        ConfigurableApplicationContext th = NodeLauncher.start("TH", directory.resolve("demo"),
                directory.resolve("TH"), 0, List.of("LA"), verbose);
        ConfigurableApplicationContext la = NodeLauncher.start("LA", directory.resolve("demo"),
                directory.resolve("LA"), 0, List.of("TH"), verbose);
        try {
            String thOfficer = basic(credentials.officerOf("TH-CHIANGKHONG"));
            String laOfficer = basic(credentials.officerOf("LA-HOUAYXAY"));
            List<String> responses = new ArrayList<>();

            HttpResponse<String> submitted = call(th, "POST", "/api/messages", thOfficer, message("H2"));
            assertThat(submitted.statusCode()).isEqualTo(202);
            Matcher id = MESSAGE_ID.matcher(submitted.body());
            assertThat(id.find()).isTrue();
            String messageId = id.group(1);

            awaitInLaInbox(la, laOfficer, messageId);
            HttpResponse<String> read = call(la, "GET", "/api/messages/" + messageId, laOfficer, null);
            assertThat(read.body()).as("the addressed office reads the content").contains(SUBJECT, PERSON, DOCUMENT);

            responses.add(call(th, "POST", "/api/messages", thOfficer, message("H9")).body());
            responses.add(call(th, "POST", "/api/messages", thOfficer, message("H2").replace("LA-HOUAYXAY",
                    "MM-TACHILEIK")).body());
            responses.add(call(th, "GET", "/api/messages/inbox", "Basic " + Base64.getEncoder().encodeToString(
                    (credentials.officerOf("TH-CHIANGKHONG").user() + ":" + WRONG_PASSWORD)
                            .getBytes(StandardCharsets.UTF_8)), null).body());
            responses.add(call(th, "GET", "/api/messages/inbox", "Bearer " + WRONG_PASSWORD, null).body());
            responses.add(call(th, "GET", "/api/admin/quarantine", basic(credentials.adminOf("TH")), null).body());
            awaitEvidence(th, basic(credentials.auditorOf("TH")), messageId);

            List<String> secrets = new ArrayList<>(List.of(SUBJECT, BODY, PERSON, DOCUMENT, PLATE, WRONG_PASSWORD,
                    "Kestrelwong", "Kestrel 2290"));
            credentials.officers().forEach(officer -> secrets.add(officer.password()));
            credentials.admins().forEach(admin -> secrets.add(admin.password()));
            credentials.auditors().forEach(auditor -> secrets.add(auditor.password()));
            credentials.tokens().forEach(token -> secrets.add(token.token()));
            secrets.add(keyMaterial(directory.resolve("TH/audit/log.key")));
            secrets.add(keyMaterial(directory.resolve("LA/audit/log.key")));

            String logs = output.getAll();
            assertThat(logs).as("the nodes logged at DEBUG").contains("DEBUG");
            for (String secret : secrets) {
                assertThat(logs).as("log output carries a secret of the scenario (%s...)", secret.substring(0, 3))
                        .doesNotContain(secret);
                assertThat(responses).as("error responses").noneMatch(body -> body.contains(secret));
            }
        } finally {
            la.close();
            th.close();
        }
    }

    private static String message(String handlingCode) {
        return """
                {"to": ["LA-HOUAYXAY"], "kind": "REQUEST", "priority": "FLASH", "handling": {"code": "%s"},
                 "language": "en", "subject": "%s", "body": "%s",
                 "entities": {"persons": [{"role": "DRIVER", "nameOriginal": "%s",
                                           "documents": [{"kind": "PASSPORT", "number": "%s"}]}],
                              "documents": [], "vehicles": [{"plate": "%s"}], "vessels": [], "seizures": []}}"""
                .formatted(handlingCode, SUBJECT, BODY, PERSON, DOCUMENT, PLATE);
    }

    /** A stretch from the middle of the longest base64 run of a key file: enough to recognise it in a log. */
    private static String keyMaterial(Path keyFile) throws Exception {
        String longest = Arrays.stream(Files.readString(keyFile).split("[^A-Za-z0-9+/=]+"))
                .max(Comparator.comparingInt(String::length)).orElseThrow();
        assertThat(longest.length()).as("key material in " + keyFile).isGreaterThanOrEqualTo(32);
        return longest.substring(longest.length() / 2 - 12, longest.length() / 2 + 12);
    }

    /** The bundle answers 409 until the node's next checkpoint covers the message's events. */
    private void awaitEvidence(ConfigurableApplicationContext th, String authorization, String messageId)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        String path = "/api/audit/messages/" + messageId + "/evidence";
        int status;
        while ((status = call(th, "GET", path, authorization, null).statusCode()) != 200) {
            assertThat(status).as("evidence pending a checkpoint").isEqualTo(409);
            assertThat(Instant.now()).as("evidence bundle of the delivered message").isBefore(deadline);
            Thread.sleep(1000);
        }
    }

    private void awaitInLaInbox(ConfigurableApplicationContext la, String authorization, String messageId)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!call(la, "GET", "/api/messages/inbox", authorization, null).body().contains(messageId)) {
            assertThat(Instant.now()).as("message delivered to LA").isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private HttpResponse<String> call(ConfigurableApplicationContext node, String method, String path,
            String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(WebNodes.baseUrl(node) + path))
                .timeout(Duration.ofMinutes(1)).header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(DemoCredentials.Officer account) {
        return "Basic " + Base64.getEncoder().encodeToString((account.user() + ":" + account.password())
                .getBytes(StandardCharsets.UTF_8));
    }
}
