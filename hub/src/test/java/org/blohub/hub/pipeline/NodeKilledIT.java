package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both nodes are killed (SIGKILL) the moment TH has accepted its last submission, and started again on
 * the same data: every message TH answered 202 for is still in its outbox, reaches LA, and comes back
 * DELIVERED. A database that acknowledges a commit before writing it would lose the last ones.
 */
class NodeKilledIT {

    private static final int SUBMISSIONS = 40;

    @TempDir
    Path directory;

    private ChildJvmNodes nodes;

    @AfterEach
    void killTheNodes() throws InterruptedException {
        if (nodes != null) {
            nodes.kill();
        }
    }

    @Test
    void everyAcceptedMessageSurvivesTheNodesBeingKilledRightAfterAccepting() throws Exception {
        nodes = ChildJvmNodes.start(directory);
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            HttpResponse<String> response = nodes.send(nodes.request("th", "/api/messages")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(TwoNodes.request("LA-HOUAYXAY", "H2", "Crossing " + i)))
                    .build());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            accepted.add(TwoNodes.JSON.readTree(response.body()).get("messageId").asString());
        }
        nodes.kill();

        nodes = ChildJvmNodes.start(directory);

        List<String> lost = new ArrayList<>();
        for (String id : accepted) {
            if (nodes.status("th", id).equals("ABSENT")) {
                lost.add(id);
            }
        }
        assertThat(lost).as("of %d accepted messages, those TH no longer knows after the kill", accepted.size()).isEmpty();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (String id : accepted) {
                assertThat(nodes.status("th", id)).as("TH's outbox, message %s", id).isEqualTo("DELIVERED");
                assertThat(nodes.status("la", id)).as("LA's inbox, message %s", id).isNotEqualTo("ABSENT");
            }
        });
    }
}
