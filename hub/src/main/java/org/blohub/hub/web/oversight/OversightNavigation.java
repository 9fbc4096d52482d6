package org.blohub.hub.web.oversight;

import org.blohub.hub.security.CallerRole;
import org.blohub.hub.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The auditor's and the administrator's entries of the page header. */
@Configuration(proxyBeanMethods = false)
class OversightNavigation {

    @Bean
    @Order(20)
    NavigationLink auditDashboardLink() {
        return new NavigationLink("/audit", "nav.audit.dashboard", CallerRole.AUDITOR);
    }

    @Bean
    @Order(21)
    NavigationLink auditSearchLink() {
        return new NavigationLink("/audit/events", "nav.audit.search", CallerRole.AUDITOR);
    }

    @Bean
    @Order(22)
    NavigationLink auditCheckpointsLink() {
        return new NavigationLink("/audit/checkpoints", "nav.audit.checkpoints", CallerRole.AUDITOR);
    }

    @Bean
    @Order(30)
    NavigationLink adminLinksLink() {
        return new NavigationLink("/admin/links", "nav.admin.links", CallerRole.ADMIN);
    }

    @Bean
    @Order(31)
    NavigationLink adminQuarantineLink() {
        return new NavigationLink("/admin/quarantine", "nav.admin.quarantine", CallerRole.ADMIN);
    }

    @Bean
    @Order(32)
    NavigationLink adminRegistryLink() {
        return new NavigationLink("/admin/registry", "nav.admin.registry", CallerRole.ADMIN);
    }
}
