package org.blohub.hub.audit;

import org.blohub.hub.security.LockedAccountEntryPoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /api/audit/**} is read-only and for the AUDITOR role only: officers, national systems and
 * administrators get 403. Auditors authenticate with HTTP Basic like officers. This chain is ordered
 * before the node's general API chain so that it alone decides for these paths.
 */
@Configuration(proxyBeanMethods = false)
class AuditApiSecurity {

    static final String AUDITOR = "AUDITOR";

    @Bean
    @Order(1)
    SecurityFilterChain auditApi(HttpSecurity http, LockedAccountEntryPoint lockedAccounts) throws Exception {
        return http
                .securityMatcher("/api/audit/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/audit/**").hasRole(AUDITOR)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(lockedAccounts))
                .build();
    }
}
