package org.blohub.hub.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may open which pages of one part of the site (e.g. the auditor's or the administrator's), added to the page
 * security chain before its final rule that every other page needs a signed-in user. Declare an implementation as
 * a bean in the package of those pages.
 */
public interface PageAccessRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
