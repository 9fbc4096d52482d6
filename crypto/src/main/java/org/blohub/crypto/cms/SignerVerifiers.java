package org.blohub.crypto.cms;

import java.security.cert.X509Certificate;
import java.util.Map;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * The Bouncy Castle verifier for a signer certificate's public key, built once per certificate for the most
 * recent signers. A verifier makes a fresh Signature and digest for every verification, so one can serve
 * several threads. Safe for concurrent use.
 */
final class SignerVerifiers {

    private final Map<X509Certificate, SignerInformationVerifier> verifiers;

    SignerVerifiers(int capacity) {
        this.verifiers = MostRecentlyUsed.map(capacity);
    }

    /** Verified against the bare public key: validity at the signing time is the path check's job. */
    SignerInformationVerifier forCertificate(X509Certificate certificate) throws OperatorCreationException {
        SignerInformationVerifier known = verifiers.get(certificate);
        if (known != null) {
            return known;
        }
        SignerInformationVerifier verifier = new JcaSimpleSignerInfoVerifierBuilder()
                .setProvider(CryptoProvider.bouncyCastle())
                .build(certificate.getPublicKey());
        verifiers.put(certificate, verifier);
        return verifier;
    }
}
