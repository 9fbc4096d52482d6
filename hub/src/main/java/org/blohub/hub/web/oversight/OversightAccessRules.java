package org.blohub.hub.web.oversight;

import org.blohub.hub.security.CallerRole;
import org.blohub.hub.web.PageAccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The auditor's pages are read-only and for the AUDITOR role alone: a GET by anyone else and any other method by
 * anyone is refused. The administrator's pages are for the ADMIN role alone.
 */
@Component
class OversightAccessRules implements PageAccessRules {

    @Override
    public void apply(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/audit", "/audit/**").hasRole(CallerRole.AUDITOR.name());
        requests.requestMatchers("/audit", "/audit/**").denyAll();
        requests.requestMatchers("/admin", "/admin/**").hasRole(CallerRole.ADMIN.name());
    }
}
