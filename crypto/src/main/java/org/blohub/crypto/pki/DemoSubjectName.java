package org.blohub.crypto.pki;

import java.util.Arrays;
import java.util.Optional;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Subject names of generated material: every one carries O=BLO Hub DEMO so it cannot pass for production. */
final class DemoSubjectName {

    static final String DEMO_ORGANIZATION = "BLO Hub DEMO";

    private DemoSubjectName() {
    }

    static X500Name of(Optional<String> countryCode, String commonName) {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE);
        countryCode.ifPresent(country -> builder.addRDN(BCStyle.C, country));
        builder.addRDN(BCStyle.O, DEMO_ORGANIZATION);
        builder.addRDN(BCStyle.CN, commonName);
        return builder.build();
    }

    static boolean isDemo(X500Principal name) {
        return Arrays.stream(X500Name.getInstance(name.getEncoded()).getRDNs(BCStyle.O))
                .map(rdn -> IETFUtils.valueToString(rdn.getFirst().getValue()))
                .anyMatch(DEMO_ORGANIZATION::equals);
    }
}
