package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's adapters (config/adapters/LA.yaml and TH.yaml) on two real nodes: the Lao customs CSV dropped into
 * LA-HOUAYXAY's inbox becomes one Thai CMS XML file per row, with Buddhist Era dates, in TH-CHIANGKHONG's outbox.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoAdaptersIT {

    @TempDir
    static Path directory;

    private TwoNodes nodes;
    private Path inbox;
    private Path outbox;

    @BeforeAll
    void startNodes() throws Exception {
        Path adapters = TwoNodes.repositoryRoot().resolve("config/adapters");
        inbox = directory.resolve("adapters/LA/LA-HOUAYXAY/inbox");
        outbox = directory.resolve("adapters/TH/TH-CHIANGKHONG/outbox");
        nodes = new TwoNodes(directory, TwoNodes.Variant.PLAIN
                .bothNodes(Map.of("blo.adapters.config", adapters.resolve("TH.yaml").toString(),
                        "blo.adapters.base-dir", directory.toString()))
                .laOnly(Map.of("blo.adapters.config", adapters.resolve("LA.yaml").toString()))).start();
    }

    @AfterAll
    void stopNodes() {
        nodes.close();
    }

    @Test
    void eachRowBecomesAThaiXmlFileABrokenRowIsNamedAndTheSameFileDroppedAgainSendsNothing() throws IOException {
        Path sample = TwoNodes.repositoryRoot().resolve("docs/samples/la-customs-seizures.csv");

        drop(sample, "la-customs-seizures.csv");
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(written()).hasSize(3));
        assertThat(inbox.resolve("done/la-customs-seizures.csv")).exists();
        assertThat(written()).allSatisfy(file -> assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .contains("urn:th:police:cms:2").contains("2569"));

        String broken = Files.readString(sample, StandardCharsets.UTF_8).replace(";3,2;m3;", ";three;m3;");
        Path brokenCopy = Files.writeString(directory.resolve("seizures-broken.csv"), broken, StandardCharsets.UTF_8);
        drop(brokenCopy, "seizures-broken.csv");
        Path errorFile = inbox.resolve("error/seizures-broken.csv.errors.txt");
        await().atMost(TwoNodes.PATIENCE).until(() -> Files.exists(errorFile));
        assertThat(Files.readString(errorFile)).contains("2 part(s) sent now, 0 sent before, 1 refused")
                .containsPattern("line 3, column quantity: .+");
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(written()).hasSize(5));

        drop(sample, "la-customs-seizures.csv");
        await().atMost(TwoNodes.PATIENCE).until(() -> Files.exists(inbox.resolve("done/la-customs-seizures-2.csv")));
        assertThat(outboxTotal()).isEqualTo(5);
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(written()).hasSize(5));
    }

    /** As a national system should: written under a temporary name, then renamed into the inbox. */
    private void drop(Path file, String name) throws IOException {
        Path temporary = inbox.resolve(name + ".part");
        Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporary, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private List<Path> written() throws IOException {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".xml")).toList();
        }
    }

    private long outboxTotal() {
        return nodes.asSystem(nodes.la, "LA-HOUAYXAY", "GET", "/api/messages/outbox?limit=1", null).json()
                .get("total").asLong();
    }
}
