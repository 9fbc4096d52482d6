package org.blohub.crypto.cms;

import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/** Checks on the parameters field of algorithm identifiers. */
final class ParameterChecks {

    private ParameterChecks() {
    }

    static boolean absent(AlgorithmIdentifier algorithm) {
        return algorithm.getParameters() == null;
    }

    static boolean absentOrNull(AlgorithmIdentifier algorithm) {
        return algorithm.getParameters() == null || DERNull.INSTANCE.equals(algorithm.getParameters());
    }
}
