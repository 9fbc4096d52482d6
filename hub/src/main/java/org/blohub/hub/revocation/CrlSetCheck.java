package org.blohub.hub.revocation;

import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether a newly read set of CRLs may replace the current one: each CRL must be signed by a certificate authority
 * the node trusts, and no authority's CRL may go back in time or disappear (an attacker who can write the file
 * must not be able to un-revoke a certificate by putting an older CRL back).
 */
final class CrlSetCheck {

    private final Map<String, X509Certificate> authorities;

    /** @param authorities the regional roots and the national CAs of the registry */
    CrlSetCheck(List<X509Certificate> authorities) {
        this.authorities = authorities.stream().collect(Collectors.toMap(
                authority -> authority.getSubjectX500Principal().getName(), Function.identity(), (a, b) -> a));
    }

    /** Why the newer set may not replace the current one, if it may not. */
    Optional<String> refusal(List<X509CRL> current, List<X509CRL> newer) {
        for (X509CRL crl : newer) {
            String issuer = crl.getIssuerX500Principal().getName();
            X509Certificate authority = authorities.get(issuer);
            if (authority == null) {
                return Optional.of("the CRL of " + issuer + " is not issued by a certificate authority of the registry");
            }
            try {
                crl.verify(authority.getPublicKey());
            } catch (GeneralSecurityException e) {
                return Optional.of("the CRL of " + issuer + " does not verify against that authority's certificate");
            }
        }
        for (X509CRL old : current) {
            String issuer = old.getIssuerX500Principal().getName();
            Optional<X509CRL> replacement = newer.stream()
                    .filter(crl -> crl.getIssuerX500Principal().getName().equals(issuer)).findFirst();
            if (replacement.isEmpty()) {
                return Optional.of("the new file has no CRL of " + issuer + ", which the node checks now");
            }
            if (replacement.get().getThisUpdate().before(old.getThisUpdate())) {
                return Optional.of("the CRL of " + issuer + " was issued " + replacement.get().getThisUpdate().toInstant()
                        + ", before the one the node checks now (" + old.getThisUpdate().toInstant() + ")");
            }
        }
        return Optional.empty();
    }
}
