package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A running TH/LA pair scraped at {@code /actuator/prometheus} as each node's administrator: the message counters,
 * latency histograms and link gauges move with real traffic, a link whose peer stops consuming is reported stalled,
 * only ADMIN may scrape or see health details, and every
 * metric the alert rules in {@code config/prometheus/blohub-rules.yml} name is one the nodes export.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodeMetricsIT {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})? (\\S+)");
    private static final Pattern BLOHUB_METRIC = Pattern.compile("\\bblohub_[a-zA-Z0-9_]+");

    private TwoNodes nodes;

    @BeforeAll
    void startPair() throws Exception {
        nodes = new TwoNodes(Files.createTempDirectory("metrics-it"),
                Map.of("blo.metrics.audit-interval", "500ms", "blo.audit.checkpoint-interval", "2s",
                        "blo.links.stall-after", "5s", "blo.links.stall-check-interval", "1s")).start();
        await().atMost(TwoNodes.PATIENCE).ignoreExceptions().untilAsserted(() -> {
            assertThat(nodes.asAdmin(nodes.th, "GET", "/actuator/health", null).json()
                    .at("/components/broker/details/peers/LA/link").asString()).isEqualTo("UP");
            assertThat(nodes.asAdmin(nodes.la, "GET", "/actuator/health", null).json()
                    .at("/components/broker/details/peers/TH/link").asString()).isEqualTo("UP");
        });
    }

    @AfterAll
    void stopPair() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    @Order(1)
    void onlyAnAdministratorScrapesMetricsOrSeesHealthDetails() {
        assertThat(nodes.call(nodes.th, null, "GET", "/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(nodes.asOfficer(nodes.th, "TH-CHIANGKHONG", "GET", "/actuator/prometheus", null).status())
                .isEqualTo(403);
        assertThat(nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET", "/actuator/prometheus", null).status())
                .isIn(401, 403);
        assertThat(nodes.asAdmin(nodes.th, "GET", "/actuator/prometheus", null).status()).isEqualTo(200);

        JsonNode anonymousHealth = nodes.call(nodes.th, null, "GET", "/actuator/health", null).json();
        assertThat(anonymousHealth.get("status").asString()).isEqualTo("UP");
        assertThat(anonymousHealth.has("components")).isFalse();
        JsonNode officerHealth = nodes.asOfficer(nodes.th, "TH-CHIANGKHONG", "GET", "/actuator/health", null).json();
        assertThat(officerHealth.has("components")).isFalse();
        JsonNode adminHealth = nodes.asAdmin(nodes.th, "GET", "/actuator/health", null).json();
        assertThat(adminHealth.at("/components/broker/details/peers/LA/link").asString()).isEqualTo("UP");
    }

    @Test
    @Order(2)
    void anExchangeMovesTheCountersAndLatencyHistogramsOfBothNodes() {
        Map<String, Double> thBefore = scrape(nodes.th);
        Map<String, Double> laBefore = scrape(nodes.la);
        assertThat(thBefore).containsEntry("blohub_link_up{peer=\"LA\"}", 1.0);

        String id = nodes.submitThToLa("Metrics check");

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> {
            Map<String, Double> th = scrape(nodes.th);
            assertThat(moved(th, thBefore, "blohub_messages_submitted_total{peer=\"LA\"}")).isEqualTo(1.0);
            assertThat(moved(th, thBefore, "blohub_message_submit_to_receipt_seconds_count{peer=\"LA\"}")).isEqualTo(1.0);
            Map<String, Double> la = scrape(nodes.la);
            assertThat(moved(la, laBefore, "blohub_messages_delivered_total{peer=\"TH\"}")).isEqualTo(1.0);
            assertThat(moved(la, laBefore, "blohub_message_submit_to_delivered_seconds_count{peer=\"TH\"}"))
                    .isEqualTo(1.0);
            assertThat(la.get("blohub_message_submit_to_delivered_seconds_sum{peer=\"TH\"}")).isPositive();
        });
        assertThat(TwoNodeExchangeIT.status(nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET",
                "/api/messages/outbox?limit=50", null), id)).isIn("DELIVERED", "READ");
    }

    @Test
    @Order(3)
    void aRefusedArrivalIsCountedByReasonAndSendingNode() throws Exception {
        String refused = "blohub_messages_refused_total{peer=\"TH\",reason=\"BLO-IN-006 NOT_AUTHORIZED\"}";
        double before = scrape(nodes.la).getOrDefault(refused, 0.0);
        RogueSender rogue = new RogueSender(nodes.th);
        LiaisonMessage message = rogue.message("TH-MAESAI", "LA-HOUAYXAY", HandlingCode.H0);
        rogue.sendSealed(message, List.of("LA-HOUAYXAY"), "LA-HOUAYXAY");

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() ->
                assertThat(scrape(nodes.la).getOrDefault(refused, 0.0) - before).isEqualTo(1.0));
    }

    @Test
    @Order(4)
    void auditLagAndCertificateExpiryGaugesReportWhatTheNodeHas() {
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> {
            Map<String, Double> th = scrape(nodes.th);
            assertThat(th.get("blohub_audit_checkpoint_lag_seconds")).isBetween(0.0, 30.0);
            assertThat(th.get("blohub_audit_cosignature_wait_seconds{peer=\"LA\"}")).isBetween(0.0, 30.0);
        });
        Map<String, Double> th = scrape(nodes.th);
        assertThat(th.get("blohub_certificate_expiry_days{certificate=\"node-tls:TH\"}")).isGreaterThan(1.0);
        assertThat(th.get("blohub_certificate_expiry_days{certificate=\"office-signing:TH-CHIANGKHONG\"}"))
                .isGreaterThan(1.0);
        assertThat(th.keySet()).anyMatch(series -> series.startsWith("blohub_crl_next_update_days{"));
        assertThat(th.entrySet()).filteredOn(series -> series.getKey().startsWith("blohub_crl_next_update_days{"))
                .allSatisfy(series -> assertThat(series.getValue()).isPositive());
    }

    @Test
    @Order(5)
    void aLinkWhosePeerTakesNothingWhileConnectedIsReportedStalledAndUpAgainOnceItMoves() throws Exception {
        CamelContext laCamel = nodes.la.getBean(CamelContext.class);
        laCamel.getRouteController().stopRoute("inbound");
        try {
            String id = nodes.submitThToLa("Stall check");

            await().atMost(TwoNodes.PATIENCE).ignoreExceptions().untilAsserted(() -> {
                JsonNode link = nodes.asAdmin(nodes.th, "GET", "/actuator/health", null).json()
                        .at("/components/broker/details/peers/LA");
                assertThat(link.get("link").asString()).isEqualTo("STALLED");
                assertThat(link.get("oldestWaitingSeconds").asLong()).isGreaterThanOrEqualTo(5);
                assertThat(scrape(nodes.th)).containsEntry("blohub_link_stalled{peer=\"LA\"}", 1.0)
                        .containsEntry("blohub_link_up{peer=\"LA\"}", 1.0);
            });

            laCamel.getRouteController().startRoute("inbound");
            await().atMost(TwoNodes.PATIENCE).ignoreExceptions().untilAsserted(() -> {
                assertThat(nodes.asAdmin(nodes.th, "GET", "/actuator/health", null).json()
                        .at("/components/broker/details/peers/LA/link").asString()).isEqualTo("UP");
                assertThat(scrape(nodes.th)).containsEntry("blohub_link_stalled{peer=\"LA\"}", 0.0);
            });
            assertThat(TwoNodeExchangeIT.status(nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET",
                    "/api/messages/outbox?limit=50", null), id)).isIn("DELIVERED", "READ");
        } finally {
            laCamel.getRouteController().startRoute("inbound");
        }
    }

    @Test
    @Order(5)
    void everyMetricTheAlertRulesNameIsExportedByTheNodes() throws Exception {
        Set<String> exported = new HashSet<>();
        for (ConfigurableApplicationContext node : List.of(nodes.th, nodes.la)) {
            scrape(node).keySet().forEach(series -> exported.add(series.replaceFirst("\\{.*", "")));
        }
        JsonNode rules = YAMLMapper.builder().build().readTree(
                Files.readString(TwoNodes.repositoryRoot().resolve("config/prometheus/blohub-rules.yml")));
        List<String> alerts = new ArrayList<>();
        for (JsonNode group : rules.get("groups")) {
            for (JsonNode rule : group.get("rules")) {
                String alert = rule.get("alert").asString();
                String expression = rule.get("expr").asString();
                alerts.add(alert);
                Matcher metrics = BLOHUB_METRIC.matcher(expression);
                List<String> named = new ArrayList<>();
                while (metrics.find()) {
                    named.add(metrics.group());
                }
                assertThat(named).as("metrics named by alert %s", alert).isNotEmpty();
                assertThat(exported).as("metrics exported, for alert %s: %s", alert, expression).containsAll(named);
            }
        }
        assertThat(alerts).contains("BlohubPeerLinkDown", "BlohubQueueGrowing", "BlohubCosignatureStale",
                "BlohubCrlDueSoon", "BlohubCertificateExpiring");
    }

    @Test
    @Order(6)
    void whileThePeerIsDownTheLinkGaugesShowItsQueueAndOldestMessage() {
        nodes.la.close();
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() ->
                assertThat(scrape(nodes.th)).containsEntry("blohub_link_up{peer=\"LA\"}", 0.0));

        nodes.submitThToLa("Waits for the link");

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> {
            Map<String, Double> th = scrape(nodes.th);
            assertThat(th.get("blohub_link_queued_messages{peer=\"LA\"}")).isGreaterThanOrEqualTo(1.0);
            assertThat(th.get("blohub_link_oldest_waiting_seconds{peer=\"LA\"}")).isPositive();
        });
    }

    /** Series (name with labels, as exposed) to value, from the node's Prometheus text exposition. */
    private Map<String, Double> scrape(ConfigurableApplicationContext node) {
        TwoNodes.Response response = nodes.asAdmin(node, "GET", "/actuator/prometheus", null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, Double> series = new HashMap<>();
        for (String line : response.body().split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!line.startsWith("#") && sample.find()) {
                series.put(sample.group(1) + Optional.ofNullable(sample.group(2)).orElse(""),
                        Double.parseDouble(sample.group(3)));
            }
        }
        return series;
    }

    private static double moved(Map<String, Double> now, Map<String, Double> before, String series) {
        return now.getOrDefault(series, 0.0) - before.getOrDefault(series, 0.0);
    }
}
