package org.blohub.crypto.cms;

import java.security.PrivateKey;
import java.security.PublicKey;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * One signature algorithm of the accepted profiles: which keys it signs with when sealing, and which
 * SignerInfo algorithm identifiers it accepts when opening. Register new ones in {@link SignatureSchemes}.
 */
public interface SignatureScheme {

    /** The JCA signature name given to Bouncy Castle, e.g. {@code SHA256withECDSA}. */
    String algorithmName();

    boolean canSignWith(PrivateKey key);

    /**
     * Whether this scheme signs with the private key of this certified public key when that private key stays in a
     * token (a PKCS#11 provider does the signing). Only the schemes tokens commonly offer say yes.
     */
    default boolean signsInTokenFor(PublicKey certifiedKey) {
        return false;
    }

    /**
     * Whether a SignerInfo with these algorithms belongs to this scheme.
     *
     * @param digestAlgorithm    the SignerInfo digestAlgorithm
     * @param signatureAlgorithm the SignerInfo signatureAlgorithm, with its parameters
     */
    boolean accepts(AlgorithmIdentifier digestAlgorithm, AlgorithmIdentifier signatureAlgorithm);
}
