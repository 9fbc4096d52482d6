package org.blohub.hub.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.registry.NetworkRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
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

    /**
     * Wrong passwords per officer account: {@code blo.security.account-lockout.failures} (default 5) within
     * {@code .window} (15 min) lock the account for {@code .duration} (15 min), on every chain.
     */
    @Bean
    AccountLockout accountLockout(@Value("${blo.security.account-lockout.failures:5}") int failures,
            @Value("${blo.security.account-lockout.window:15m}") Duration window,
            @Value("${blo.security.account-lockout.duration:15m}") Duration duration) {
        return new AccountLockout(failures, window, duration);
    }

    @Bean
    LockedAccountEntryPoint lockedAccountEntryPoint(AccountLockout lockout, Clock clock) {
        return new LockedAccountEntryPoint(lockout, clock);
    }

    @Bean
    UserDetailsService officers(CallerDirectory callers, AccountLockout lockout, Clock clock) {
        List<UserDetails> users = callers.officers().values().stream()
                .map(officer -> User.withUsername(officer.caller().name())
                        .password(officer.passwordHash())
                        .roles(roles(officer.caller()))
                        .disabled(callers.isDisabled(officer.caller().name()))
                        .build())
                .toList();
        return new LockingUserDetails(new InMemoryUserDetailsManager(users), lockout, clock);
    }

    /** A coordinator is an officer too: the officers' pages and API rules let it in. */
    private static String[] roles(OfficeCaller caller) {
        return Arrays.stream(CallerRole.values()).filter(caller::acts).map(Enum::name).toArray(String[]::new);
    }

    /** Publishes authentication successes and failures (HTTP Basic and API tokens) as application events. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, CallerDirectory callers, AuthenticationEventPublisher events,
            LockedAccountEntryPoint lockedAccounts) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html")
                                .permitAll()
                        // the error page renders another chain's refusal (e.g. an administrator's 400), whoever asked
                        .requestMatchers("/error").permitAll()
                        // administrators have their own API (/api/admin, AdminApiSecurity) and nothing else
                        .anyRequest().hasAnyRole(CallerRole.OFFICER.name(), CallerRole.SYSTEM.name(),
                                CallerRole.AUDITOR.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(lockedAccounts))
                .addFilterBefore(new ApiTokenFilter(callers, events), BasicAuthenticationFilter.class)
                .build();
    }
}
