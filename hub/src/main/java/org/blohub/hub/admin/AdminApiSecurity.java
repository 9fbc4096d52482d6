package org.blohub.hub.admin;

import org.blohub.hub.security.LockedAccountEntryPoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /api/admin/**} is for the ADMIN role only (HTTP Basic): officers, auditors and national systems are
 * refused. Ordered before the node's general API chain, which in turn refuses administrators.
 */
@Configuration(proxyBeanMethods = false)
class AdminApiSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain adminApi(HttpSecurity http, LockedAccountEntryPoint lockedAccounts) throws Exception {
        return http
                .securityMatcher("/api/admin/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(lockedAccounts))
                .build();
    }
}
