package org.blohub.hub.registry.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.blohub.hub.publication.LocalCopy;
import org.blohub.hub.publication.PublishedFileFetch;
import org.blohub.hub.publication.PublishingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryFetchJobTest {

    private final PublishingServer server = new PublishingServer();

    @TempDir
    Path directory;
    private Path registry;
    private Path signature;

    @BeforeEach
    void writeTheRegistryTheNodeStartedFrom() throws Exception {
        registry = Files.writeString(directory.resolve("registry.yaml"), "serial: 1\n");
        signature = Files.writeString(directory.resolve("registry.yaml.p7s"), "signature 1");
    }

    @AfterEach
    void stopTheServer() {
        server.close();
    }

    @Test
    void copiesThePublishedRegistryAndItsSignatureIntoTheRegistryFiles() throws Exception {
        server.publish("/mekong/registry.yaml", "serial: 2\n".getBytes(StandardCharsets.UTF_8));
        server.publish("/mekong/registry.yaml.p7s", "signature 2".getBytes(StandardCharsets.UTF_8));

        job().runOnce();

        assertThat(registry).hasContent("serial: 2");
        assertThat(signature).hasContent("signature 2");
    }

    @Test
    void writesNeitherFileWhenTheSignatureCannotBeFetched() throws Exception {
        server.publish("/mekong/registry.yaml", "serial: 2\n".getBytes(StandardCharsets.UTF_8));

        job().runOnce();

        assertThat(registry).hasContent("serial: 1");
        assertThat(signature).hasContent("signature 1");
    }

    private RegistryFetchJob job() {
        return new RegistryFetchJob(server.uri("/mekong/registry.yaml"), new LocalCopy(registry),
                new LocalCopy(signature), new PublishedFileFetch(Duration.ofSeconds(5)), Duration.ofMinutes(1));
    }
}
