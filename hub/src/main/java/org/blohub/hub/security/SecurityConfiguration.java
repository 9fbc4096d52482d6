package org.blohub.hub.security;

import java.util.List;

import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.registry.NetworkRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Every API caller is authenticated: officers by HTTP Basic, national systems by bearer token.
 * Health and the OpenAPI description are public.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    CallerDirectory callerDirectory(NodeMaterial material, NetworkRegistry registry) {
        return CallerDirectory.load(material.callers(), registry, material.nodeName());
    }

    @Bean
    UserDetailsService officers(CallerDirectory callers) {
        List<UserDetails> users = callers.officers().values().stream()
                .map(officer -> User.withUsername(officer.caller().name())
                        .password(officer.passwordHash())
                        .roles(officer.caller().role().name())
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, CallerDirectory callers) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("BLO Hub"))
                .addFilterBefore(new ApiTokenFilter(callers), BasicAuthenticationFilter.class)
                .build();
    }
}
