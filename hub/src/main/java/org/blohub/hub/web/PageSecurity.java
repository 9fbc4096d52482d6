package org.blohub.hub.web;

import java.time.Clock;
import java.util.List;

import org.blohub.hub.security.AccountLockout;
import org.blohub.hub.security.CallerRole;
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
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, UserDetailsService officers, AccountLockout lockout,
            AuthenticationEventPublisher events, List<PageAccessRules> moreRules, Clock clock) throws Exception {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(officers);
        provider.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        ProviderManager authentication = new ProviderManager(provider);
        authentication.setAuthenticationEventPublisher(events);
        return http
                .securityMatcher(new NegatedRequestMatcher(NOT_PAGES))
                .authenticationManager(authentication)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/login", "/css/**", "/webjars/**", "/favicon.ico").permitAll();
                    requests.requestMatchers(NoticesPage.PATH).hasRole(CallerRole.COORDINATOR.name());
                    requests.requestMatchers(OfficerPaths.ALL).hasRole(CallerRole.OFFICER.name());
                    moreRules.forEach(rules -> rules.apply(requests));
                    requests.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/")
                        .failureHandler(new LockoutFailureHandler(lockout, clock))
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
