package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.blohub.hub.node.NodeProperties;
import org.junit.jupiter.api.Test;

class MessageExpiryTest {

    private static final Instant CREATED = Instant.parse("2026-11-28T08:00:00Z");

    @Test
    void defaultsGiveFlashTwelveHoursImmediateThreeDaysRoutineFourteenDays() {
        MessageExpiry expiry = new MessageExpiry(properties(null));

        assertThat(expiry.expiresAt(CREATED, "FLASH")).isEqualTo(Instant.parse("2026-11-28T20:00:00Z"));
        assertThat(expiry.expiresAt(CREATED, "IMMEDIATE")).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(expiry.expiresAt(CREATED, "ROUTINE")).isEqualTo(Instant.parse("2026-12-12T08:00:00Z"));
    }

    @Test
    void followsTheConfiguredTimeToLive() {
        MessageExpiry expiry = new MessageExpiry(properties(
                new NodeProperties.Expiry(Duration.ofMinutes(30), null, null)));

        assertThat(expiry.timeToLive("FLASH")).isEqualTo(Duration.ofMinutes(30));
        assertThat(expiry.timeToLive("ROUTINE")).isEqualTo(Duration.ofDays(14));
    }

    private static NodeProperties properties(NodeProperties.Expiry expiry) {
        return new NodeProperties("TH", Path.of("data/TH"), Path.of("data/demo"), List.of(), 0, null, expiry, null, null, null);
    }
}
