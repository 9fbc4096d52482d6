package org.blohub.hub.metrics;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.Office;
import org.blohub.hub.registry.RegistryTrust;
import org.blohub.hub.revocation.CurrentCrls;

/**
 * Days left before the certificates this node depends on expire, and before each CRL it checks against is due for
 * its next update: the trust roots, the national CAs, this node's TLS certificate and its offices' certificates.
 * Negative once past.
 */
final class CertificateExpiryGauges implements MeterBinder {

    static final String CERTIFICATE_EXPIRY = "blohub.certificate.expiry.days";
    static final String CRL_NEXT_UPDATE = "blohub.crl.next.update.days";

    private static final double SECONDS_PER_DAY = 86_400.0;

    private final RegistryTrust trust;
    private final CurrentCrls crls;
    private final NetworkRegistry registry;
    private final String self;
    private final Clock clock;

    CertificateExpiryGauges(RegistryTrust trust, CurrentCrls crls, NetworkRegistry registry, String self, Clock clock) {
        this.trust = trust;
        this.crls = crls;
        this.registry = registry;
        this.self = self;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        certificates().forEach((label, certificate) -> Gauge.builder(CERTIFICATE_EXPIRY,
                        () -> daysUntil(certificate.getNotAfter().toInstant()))
                .description("days until the certificate expires").tag("certificate", label).register(meters));
        for (X509CRL crl : crls.crls()) {
            String issuer = crl.getIssuerX500Principal().getName();
            Gauge.builder(CRL_NEXT_UPDATE, () -> crls.of(issuer).map(X509CRL::getNextUpdate)
                            .map(nextUpdate -> daysUntil(nextUpdate.toInstant())).orElse(Double.NaN))
                    .description("days until the CRL's next update is due (the CRL the node checks now)")
                    .tag("issuer", issuer).register(meters);
        }
    }

    private Map<String, X509Certificate> certificates() {
        Map<String, X509Certificate> certificates = new LinkedHashMap<>();
        for (X509Certificate root : trust.roots()) {
            certificates.put("root:" + root.getSubjectX500Principal().getName(), root);
        }
        registry.nationalCertificateAuthorities().forEach((country, ca) -> certificates.put("national-ca:" + country, ca));
        registry.node(self).ifPresent(node -> certificates.put("node-tls:" + self, node.tlsCertificate()));
        for (Office office : registry.officesOf(self)) {
            certificates.put("office-signing:" + office.id(), office.signingCertificate());
            certificates.put("office-encryption:" + office.id(), office.encryptionCertificate());
        }
        return certificates;
    }

    private double daysUntil(Instant moment) {
        return Duration.between(clock.instant(), moment).toSeconds() / SECONDS_PER_DAY;
    }
}
