package org.blohub.hub.web;

import org.blohub.hub.security.CallerRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The officer's entries of the page header. */
@Configuration(proxyBeanMethods = false)
class OfficerNavigation {

    @Bean
    @Order(10)
    NavigationLink inboxLink() {
        return new NavigationLink("/inbox", "nav.inbox", CallerRole.OFFICER);
    }

    @Bean
    @Order(11)
    NavigationLink outboxLink() {
        return new NavigationLink("/outbox", "nav.outbox", CallerRole.OFFICER);
    }

    @Bean
    @Order(12)
    NavigationLink composeLink() {
        return new NavigationLink("/compose", "nav.compose", CallerRole.OFFICER);
    }

    @Bean
    @Order(13)
    NavigationLink searchLink() {
        return new NavigationLink("/search", "nav.search", CallerRole.OFFICER);
    }

    @Bean
    @Order(14)
    NavigationLink consentLink() {
        return new NavigationLink(SharingPages.CONSENT_PATH, "nav.consent", CallerRole.OFFICER);
    }

    @Bean
    @Order(15)
    NavigationLink noticesLink() {
        return new NavigationLink(NoticesPage.PATH, "nav.notices", CallerRole.COORDINATOR);
    }
}
