package org.blohub.crypto.pki;

import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Names a certificate in messages by its subject CN and serial number, never by its key. */
final class CertificateNames {

    private CertificateNames() {
    }

    static String describe(X509Certificate certificate) {
        return "certificate CN=" + commonName(certificate) + " serial " + certificate.getSerialNumber().toString(16);
    }

    static String commonName(X509Certificate certificate) {
        RDN[] commonNames = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded())
                .getRDNs(BCStyle.CN);
        return commonNames.length == 0 ? "(none)" : IETFUtils.valueToString(commonNames[0].getFirst().getValue());
    }
}
