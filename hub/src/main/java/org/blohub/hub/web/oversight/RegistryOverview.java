package org.blohub.hub.web.oversight;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.blohub.hub.registry.Agreement;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.Office;

/** The loaded network registry as the administrator reads it, with every certificate's expiry, soonest first. */
final class RegistryOverview {

    private final NetworkRegistry registry;
    private final Clock clock;

    RegistryOverview(NetworkRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    record Registry(long serial, Instant issuedAt, String domain, List<NetworkNode> nodes, List<Office> offices,
            List<Agreement> agreements, List<CertificateExpiry> certificates) {
        Registry {
            nodes = List.copyOf(nodes);
            offices = List.copyOf(offices);
            agreements = List.copyOf(agreements);
            certificates = List.copyOf(certificates);
        }

        public long highlightedCertificates() {
            return certificates.stream().filter(CertificateExpiry::highlighted).count();
        }
    }

    Registry read() {
        Instant now = clock.instant();
        List<CertificateExpiry> certificates = new ArrayList<>();
        for (Office office : registry.offices()) {
            certificates.add(CertificateExpiry.of(office.id(), "SIGNING", office.signingCertificate(), now));
            certificates.add(CertificateExpiry.of(office.id(), "ENCRYPTION", office.encryptionCertificate(), now));
        }
        for (NetworkNode node : registry.nodes()) {
            certificates.add(CertificateExpiry.of(node.name(), "NODE_TLS", node.tlsCertificate(), now));
        }
        for (Map.Entry<String, X509Certificate> authority
                : registry.nationalCertificateAuthorities().entrySet()) {
            certificates.add(CertificateExpiry.of(authority.getKey(), "NATIONAL_CA", authority.getValue(), now));
        }
        certificates.sort(Comparator.comparing(CertificateExpiry::notAfter).thenComparing(CertificateExpiry::owner));
        return new Registry(registry.serial(), registry.issuedAt(), registry.domain(), registry.nodes(),
                registry.offices(), registry.agreements(), certificates);
    }
}
