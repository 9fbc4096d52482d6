package org.blohub.crypto.pki;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * A certificate path ending at a trust anchor.
 *
 * @param certificates the end-entity certificate first, then each issuer, excluding the anchor;
 *                     empty when the end-entity certificate is itself a trust anchor
 * @param anchor       the trust anchor that issued the last certificate
 */
record AnchoredPath(List<X509Certificate> certificates, X509Certificate anchor) {

    AnchoredPath {
        certificates = List.copyOf(certificates);
    }

    /** Every certificate of the path, anchor included, end-entity first. */
    List<X509Certificate> withAnchor() {
        List<X509Certificate> all = new ArrayList<>(certificates);
        all.add(anchor);
        return all;
    }

    X509Certificate endEntity() {
        return certificates.isEmpty() ? anchor : certificates.get(0);
    }

    /** The issuer of the certificate at the given index of {@link #certificates()}. */
    X509Certificate issuerOf(int index) {
        return index + 1 < certificates.size() ? certificates.get(index + 1) : anchor;
    }
}
