package org.blohub.crypto.pki;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The subject name a CA gives what it issues: the subject's country, the CA's own organization (so a demo CA's
 * {@code O=BLO Hub DEMO} carries over to everything it issues), and the subject's common name.
 */
final class IssuedSubjectName {

    private IssuedSubjectName() {
    }

    static X500Name of(X500Name issuer, String countryCode, String commonName) {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE);
        builder.addRDN(BCStyle.C, countryCode);
        for (RDN organization : issuer.getRDNs(BCStyle.O)) {
            builder.addRDN(organization.getFirst());
        }
        builder.addRDN(BCStyle.CN, commonName);
        return builder.build();
    }

    /** The name of a self-signed regional root: its organization and common name. */
    static X500Name root(String organization, String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, organization)
                .addRDN(BCStyle.CN, commonName)
                .build();
    }
}
