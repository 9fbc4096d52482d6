package org.blohub.hub.web.oversight;

import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the auditor's timeline reaches peers' audit APIs ({@code blo.oversight.peer-audit-api.*}).
 *
 * @param user     the auditor account each peer issued to this node; absent: peers' events are not fetched
 * @param password its password
 * @param scheme   {@code https} (default) or {@code http}, with the registry's host and HTTP port of the peer
 * @param timeout  how long the page waits for a peer (default 5 seconds)
 */
@ConfigurationProperties("blo.oversight.peer-audit-api")
record PeerAuditApiProperties(Optional<String> user, String password, String scheme, Duration timeout) {

    PeerAuditApiProperties {
        user = user == null ? Optional.empty() : user.filter(name -> !name.isBlank());
        password = password == null ? "" : password;
        scheme = scheme == null ? "https" : scheme;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }
}
