package org.blohub.hub.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.blohub.hub.security.CallerDirectory;
import org.blohub.hub.security.CallerRole;
import org.blohub.hub.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The web pages' security chain: every path except the API, health and OpenAPI ones (which keep their stateless
 * HTTP Basic / bearer chains). Form login with the node's officer accounts and roles, a session cookie (Secure,
 * HttpOnly, SameSite=Lax, see application.yml) renewed at login, CSRF tokens on every form, a Content-Security-Policy
 * without inline script or style, no framing, and a lock-out after repeated failed logins.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Paths the page chain leaves to the API chains. */
    static final RequestMatcher NOT_PAGES = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"),
            PathPatternRequestMatcher.withDefaults().matcher("/error"));

    @Bean
    LoginLockout loginLockout(@Value("${blo.web.lockout.failures:5}") int failures,
            @Value("${blo.web.lockout.window:15m}") Duration window,
            @Value("${blo.web.lockout.duration:15m}") Duration duration) {
        return new LoginLockout(failures, window, duration);
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, UserDetailsService officers, CallerDirectory callers,
            LoginLockout lockout, AuditLog auditLog, PlatformTransactionManager transactions,
            AuthenticationEventPublisher events, List<PageAccessRules> moreRules, Clock clock) throws Exception {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(
                new LockingUserDetails(officers, lockout, clock));
        provider.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        ProviderManager authentication = new ProviderManager(provider);
        authentication.setAuthenticationEventPublisher(events);
        TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        LockoutAudit lockoutAudit = new LockoutAudit(auditLog, ownTransaction);
        return http
                .securityMatcher(new NegatedRequestMatcher(NOT_PAGES))
                .authenticationManager(authentication)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/login", "/css/**", "/webjars/**", "/favicon.ico").permitAll();
                    requests.requestMatchers(OfficerPaths.ALL).hasRole(CallerRole.OFFICER.name());
                    moreRules.forEach(rules -> rules.apply(requests));
                    requests.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new LockoutSuccessHandler(lockout))
                        .failureHandler(new LockoutFailureHandler(lockout, lockoutAudit, callers, clock))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                // an htmx poll after the session ended gets 401 (htmx swaps nothing) rather than the login page
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), new RequestHeaderRequestMatcher("HX-Request")))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny()))
                .build();
    }
}
