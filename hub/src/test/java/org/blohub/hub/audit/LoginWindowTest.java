package org.blohub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginWindowTest {

    private static final Instant NOON = Instant.parse("2026-03-14T12:00:00Z");
    private final LoginWindow window = new LoginWindow(Duration.ofMinutes(30));

    @Test
    void grantsTheFirstLoginOfAnAccountAndNoneAgainWithinTheWindow() {
        assertThat(window.claim("th-chiangkhong", NOON)).isTrue();
        assertThat(window.claim("th-chiangkhong", NOON.plusSeconds(1))).isFalse();
        assertThat(window.claim("th-chiangkhong", NOON.plus(Duration.ofMinutes(29)))).isFalse();
    }

    @Test
    void grantsALoginAgainOnceTheWindowHasPassed() {
        window.claim("th-chiangkhong", NOON);

        assertThat(window.claim("th-chiangkhong", NOON.plus(Duration.ofMinutes(30)))).isTrue();
        assertThat(window.claim("th-chiangkhong", NOON.plus(Duration.ofMinutes(31)))).isFalse();
    }

    @Test
    void keepsAccountsApart() {
        window.claim("th-chiangkhong", NOON);

        assertThat(window.claim("th-maesai", NOON.plusSeconds(1))).isTrue();
    }

    @Test
    void aReleasedClaimIsGrantedAgainAtTheNextRequest() {
        window.claim("th-chiangkhong", NOON);
        window.release("th-chiangkhong", NOON);

        assertThat(window.claim("th-chiangkhong", NOON.plusSeconds(1))).isTrue();
    }

    @Test
    void releasingAnOlderClaimDoesNotDropANewerOne() {
        window.claim("th-chiangkhong", NOON);
        window.claim("th-chiangkhong", NOON.plus(Duration.ofHours(1)));
        window.release("th-chiangkhong", NOON);

        assertThat(window.claim("th-chiangkhong", NOON.plus(Duration.ofMinutes(61)))).isFalse();
    }
}
