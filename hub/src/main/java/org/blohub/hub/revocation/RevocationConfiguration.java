package org.blohub.hub.revocation;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.blohub.crypto.cms.Opener;
import org.blohub.crypto.pki.CertificatePathValidator;
import org.blohub.hub.broker.PeerRevocation;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.publication.LocalCopy;
import org.blohub.hub.publication.PublishedFileFetch;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.RegistryTrust;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Revocation that follows the CRL file while the node runs: {@code blo.pki.crl-refresh} (default 10 min), with the
 * CRLs fetched from {@code blo.pki.crl-urls} if set.
 */
@Configuration(proxyBeanMethods = false)
class RevocationConfiguration {

    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);

    @Bean
    CurrentCrls currentCrls(RegistryTrust trust) {
        return new CurrentCrls(trust.crls());
    }

    @Bean
    Opener opener(CertificatePathValidator messageTrust, CurrentCrls crls) {
        return new RevocationAwareOpener(messageTrust, crls);
    }

    @Bean
    CrlRefreshJob crlRefreshJob(NodeMaterial material, RegistryTrust trust, NetworkRegistry registry, CurrentCrls crls,
            Clock clock, @Value("${blo.pki.crl-refresh:10m}") Duration interval) {
        List<X509Certificate> authorities = new ArrayList<>(trust.roots());
        authorities.addAll(registry.nationalCertificateAuthorities().values());
        return new CrlRefreshJob(material.crls(), new CrlSetCheck(authorities), crls, clock, interval);
    }

    @Bean
    @ConditionalOnProperty("blo.pki.crl-urls")
    CrlFetchJob crlFetchJob(NodeMaterial material, @Value("${blo.pki.crl-urls}") List<URI> urls,
            @Value("${blo.pki.crl-refresh:10m}") Duration interval) {
        return new CrlFetchJob(urls, new LocalCopy(material.crls()), new PublishedFileFetch(FETCH_TIMEOUT), interval);
    }

    @Bean
    PeerRevocation peerRevocation(CurrentCrls crls, Clock clock) {
        return new CrlPeerRevocation(crls, clock);
    }

    @Bean
    CrlFreshness crlFreshness(CurrentCrls crls, Clock clock) {
        return new CrlFreshness(crls, clock);
    }
}
