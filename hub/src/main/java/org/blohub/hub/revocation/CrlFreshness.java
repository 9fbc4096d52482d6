package org.blohub.hub.revocation;

import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health DOWN while a CRL the node checks against is past its next update: revocations published since may be
 * missing. The details name each authority and when its CRL was due; {@code BLO-CRL-003} says the same in the log.
 */
final class CrlFreshness implements HealthIndicator {

    private final CurrentCrls current;
    private final Clock clock;

    CrlFreshness(CurrentCrls current, Clock clock) {
        this.current = current;
        this.clock = clock;
    }

    static List<X509CRL> overdue(List<X509CRL> crls, Instant now) {
        return crls.stream().filter(crl -> crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(now))
                .toList();
    }

    @Override
    public Health health() {
        List<X509CRL> overdue = overdue(current.crls(), clock.instant());
        Map<String, Object> details = new LinkedHashMap<>();
        current.crls().forEach(crl -> details.put(crl.getIssuerX500Principal().getName(),
                crl.getNextUpdate() == null ? "no next update" : "next update " + crl.getNextUpdate().toInstant()));
        Health.Builder health = overdue.isEmpty() ? Health.up() : Health.down()
                .withDetail("overdue", overdue.size() + " CRL(s) past their next update (BLO-CRL-003)");
        return health.withDetails(details).build();
    }
}
