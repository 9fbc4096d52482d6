package org.blohub.hub.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PublishedFileFetchTest {

    private final PublishingServer server = new PublishingServer();
    private final PublishedFileFetch fetch = new PublishedFileFetch(Duration.ofSeconds(5));

    @AfterEach
    void stopTheServer() {
        server.close();
    }

    @Test
    void fetchesWhatIsPublished() throws Exception {
        server.publish("/registry.yaml", "serial: 7\n".getBytes(StandardCharsets.UTF_8));

        assertThat(fetch.fetch(server.uri("/registry.yaml"))).asString(StandardCharsets.UTF_8).isEqualTo("serial: 7\n");
    }

    @Test
    void refusesAnAnswerOtherThan200NamingTheUrlAndTheStatus() {
        assertThatThrownBy(() -> fetch.fetch(server.uri("/missing.crl")))
                .isInstanceOf(PublishedFileException.class)
                .hasMessageContaining(server.uri("/missing.crl").toString())
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void refusesAFileLargerThanTheLimit() {
        server.publish("/huge.crl", new byte[PublishedFileFetch.MAX_BYTES + 1]);

        assertThatThrownBy(() -> fetch.fetch(server.uri("/huge.crl")))
                .isInstanceOf(PublishedFileException.class)
                .hasMessageContaining("larger than " + PublishedFileFetch.MAX_BYTES + " bytes");
    }

    @Test
    void namesTheUrlWhenNothingListens() {
        server.close();

        assertThatThrownBy(() -> fetch.fetch(server.uri("/registry.yaml")))
                .isInstanceOf(PublishedFileException.class)
                .hasMessageContaining("cannot fetch " + server.uri("/registry.yaml"));
    }
}
