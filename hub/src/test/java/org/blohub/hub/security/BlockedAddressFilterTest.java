package org.blohub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class BlockedAddressFilterTest {

    static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");
    static final String BLOCKED = "203.0.113.9";
    final AddressThrottle throttle = new AddressThrottle(1, Duration.ofMinutes(15), Duration.ofMinutes(15));
    final BlockedAddressFilter filter = new BlockedAddressFilter(throttle, Clock.fixed(NOW, ZoneOffset.UTC));

    BlockedAddressFilterTest() {
        throttle.recordFailure(BLOCKED, NOW.minus(Duration.ofMinutes(5)));
    }

    private static MockHttpServletRequest request(String method, String path, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(address);
        return request;
    }

    private MockFilterChain run(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return chain;
    }

    @Test
    void anApiLoginFromABlockedAddressGets429WithRetryAfterAndTheReasonEvenWithTheRightPassword() throws Exception {
        MockHttpServletRequest request = request("GET", "/api/messages/inbox", BLOCKED);
        request.addHeader("Authorization", "Basic dGgtbWFlc2FpOnJpZ2h0LXBhc3N3b3Jk");
        MockHttpServletResponse response = new MockHttpServletResponse();

        MockFilterChain chain = run(request, response);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo(Long.toString(Duration.ofMinutes(10).toSeconds()));
        assertThat(response.getContentAsString()).contains("BLO-SEC-001", "too many failed logins from this address",
                "try again in 600 s");
    }

    @Test
    void aBearerTokenFromABlockedAddressIsRefusedToo() throws Exception {
        MockHttpServletRequest request = request("POST", "/api/messages", BLOCKED);
        request.addHeader("Authorization", "Bearer some-token");
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(run(request, response).getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(429);
    }

    @Test
    void aPageSignInFromABlockedAddressReturnsToTheSignInPageSayingItIsLocked() throws Exception {
        MockHttpServletRequest request = request("POST", "/login", BLOCKED);
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(run(request, response).getRequest()).isNull();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?locked");
    }

    @Test
    void aSessionThatSignedInBeforeTheBlockGoesOn() throws Exception {
        MockHttpServletRequest request = request("GET", "/inbox", BLOCKED);
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(run(request, response).getRequest()).isSameAs(request);
    }

    @Test
    void loginsFromOtherAddressesGoOn() throws Exception {
        MockHttpServletRequest request = request("GET", "/api/messages/inbox", "198.51.100.20");
        request.addHeader("Authorization", "Basic dGgtbWFlc2FpOnJpZ2h0LXBhc3N3b3Jk");
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(run(request, response).getRequest()).isSameAs(request);
    }

    @Test
    void theAddressMayLogInAgainOnceTheBlockEnded() throws Exception {
        BlockedAddressFilter later = new BlockedAddressFilter(throttle,
                Clock.fixed(NOW.plus(Duration.ofMinutes(10)), ZoneOffset.UTC));
        MockHttpServletRequest request = request("POST", "/login", BLOCKED);
        MockFilterChain chain = new MockFilterChain();

        later.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }
}
