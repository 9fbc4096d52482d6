package org.blohub.hub.web.oversight;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.blohub.hub.registry.NetworkNode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the auditor's timeline reaches peers' audit APIs ({@code blo.oversight.peer-audit-api.*}).
 *
 * @param user     the auditor account each peer issued to this node; blank: peers' events are not fetched
 * @param password its password
 * @param scheme   {@code https} (default) or {@code http}, with the registry's host and HTTP port of the peer
 * @param timeout  how long the page waits for a peer (default 5 seconds)
 * @param urls     per peer node, the base URL of its audit API where it is not the registry's host and HTTP port
 *                 (behind a reverse proxy, for example)
 */
@ConfigurationProperties("blo.oversight.peer-audit-api")
record PeerAuditApiProperties(String user, String password, String scheme, Duration timeout,
        Map<String, URI> urls) {

    PeerAuditApiProperties {
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        scheme = scheme == null ? "https" : scheme;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        urls = urls == null ? Map.of() : urls.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(entry -> entry.getKey().toUpperCase(Locale.ROOT),
                        Map.Entry::getValue));
    }

    boolean hasAccount() {
        return !user.isBlank();
    }

    URI url(NetworkNode peer) {
        return urls.getOrDefault(peer.name(),
                URI.create(scheme + "://" + peer.broker().host() + ":" + peer.httpPort()));
    }
}
