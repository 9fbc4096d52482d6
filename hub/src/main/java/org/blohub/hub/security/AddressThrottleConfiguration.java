package org.blohub.hub.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Brute force per client address: {@code blo.security.address-throttle.failures} refused logins (default 20) from
 * one address within {@code .window} (15 min) block sign-in from it for {@code .duration} (15 min), on every chain
 * (API, pages, actuator). The filter runs before Spring Security's; the audit records blocks
 * ({@code audit.AddressBlockRecorder}).
 */
@Configuration(proxyBeanMethods = false)
class AddressThrottleConfiguration {

    @Bean
    AddressThrottle addressThrottle(@Value("${blo.security.address-throttle.failures:20}") int failures,
            @Value("${blo.security.address-throttle.window:15m}") Duration window,
            @Value("${blo.security.address-throttle.duration:15m}") Duration duration) {
        return new AddressThrottle(failures, window, duration);
    }

    @Bean
    FilterRegistrationBean<BlockedAddressFilter> blockedAddressFilter(AddressThrottle throttle, Clock clock) {
        FilterRegistrationBean<BlockedAddressFilter> registration =
                new FilterRegistrationBean<>(new BlockedAddressFilter(throttle, clock));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
