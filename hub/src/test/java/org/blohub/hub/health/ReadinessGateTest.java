package org.blohub.hub.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ReadinessGateTest {

    private final ApplicationAvailability availability = mock(ApplicationAvailability.class);
    private final ReadinessGate gate = new ReadinessGate(availability);

    @Test
    void beforeTheNodeIsReadyASubmissionIsAnswered503WithTheReasonAndRetryAfter() throws Exception {
        when(availability.getReadinessState()).thenReturn(ReadinessState.REFUSING_TRAFFIC);
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        gate.doFilter(new MockHttpServletRequest("POST", "/api/messages"), response, chain);

        assertThat(chain.getRequest()).as("passed on").isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString()).contains("BLO-OUT-011", "starting or stopping", "nothing was received");
    }

    @Test
    void aReadyNodePassesEveryRequestOn() throws Exception {
        when(availability.getReadinessState()).thenReturn(ReadinessState.ACCEPTING_TRAFFIC);
        MockFilterChain chain = new MockFilterChain();

        gate.doFilter(new MockHttpServletRequest("POST", "/api/messages"), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void healthProbesAreAnsweredWhileTheNodeIsNotReady() throws Exception {
        when(availability.getReadinessState()).thenReturn(ReadinessState.REFUSING_TRAFFIC);
        for (String path : new String[] {"/actuator/health", "/actuator/health/readiness"}) {
            MockFilterChain chain = new MockFilterChain();

            gate.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), chain);

            assertThat(chain.getRequest()).as(path).isNotNull();
        }
    }
}
