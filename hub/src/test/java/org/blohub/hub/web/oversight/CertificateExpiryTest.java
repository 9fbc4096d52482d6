package org.blohub.hub.web.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.blohub.hub.web.oversight.CertificateExpiry.State;
import org.junit.jupiter.api.Test;

class CertificateExpiryTest {

    private static final Instant NOW = Instant.parse("2026-03-14T08:30:00Z");

    @Test
    void highlightsACertificateThatExpiresWithinThirtyDays() {
        assertThat(CertificateExpiry.stateAt(NOW.plus(Duration.ofDays(29)), NOW)).isEqualTo(State.EXPIRES_SOON);
        assertThat(CertificateExpiry.stateAt(NOW.plus(Duration.ofDays(30)), NOW)).isEqualTo(State.EXPIRES_SOON);
        assertThat(new CertificateExpiry("TH-MAESAI", "SIGNING", NOW.plus(Duration.ofDays(3)), State.EXPIRES_SOON)
                .highlighted()).isTrue();
    }

    @Test
    void leavesACertificateValidForLongerThanThirtyDaysUnmarked() {
        assertThat(CertificateExpiry.stateAt(NOW.plus(Duration.ofDays(30)).plusSeconds(1), NOW))
                .isEqualTo(State.VALID);
        assertThat(new CertificateExpiry("TH", "NODE_TLS", NOW.plus(Duration.ofDays(400)), State.VALID)
                .highlighted()).isFalse();
    }

    @Test
    void marksACertificatePastItsEndAsExpired() {
        assertThat(CertificateExpiry.stateAt(NOW, NOW)).isEqualTo(State.EXPIRED);
        assertThat(CertificateExpiry.stateAt(NOW.minusSeconds(1), NOW)).isEqualTo(State.EXPIRED);
    }
}
