package org.blohub.hub.sharing;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stores of onward sharing, on the node's database. */
@Configuration(proxyBeanMethods = false)
class SharingConfiguration {

    @Bean
    ForwardRequests forwardRequests(DataSource dataSource) {
        return new JdbcForwardRequests(JdbcClient.create(dataSource));
    }

    @Bean
    ConsentRequests consentRequests(DataSource dataSource) {
        return new JdbcConsentRequests(JdbcClient.create(dataSource));
    }
}
