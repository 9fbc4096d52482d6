package org.blohub.hub.revocation;

import java.security.cert.X509CRL;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The CRLs the node checks revocation against now: read at start, replaced when a newer set is applied. */
public final class CurrentCrls {

    private final AtomicReference<List<X509CRL>> crls;

    public CurrentCrls(List<X509CRL> initial) {
        this.crls = new AtomicReference<>(List.copyOf(initial));
    }

    /** The same list instance until the next replacement, so a reader can tell whether it changed. */
    public List<X509CRL> crls() {
        return crls.get();
    }

    public Optional<X509CRL> of(String issuer) {
        return crls().stream().filter(crl -> crl.getIssuerX500Principal().getName().equals(issuer)).findFirst();
    }

    void replace(List<X509CRL> newer) {
        crls.set(List.copyOf(newer));
    }
}
