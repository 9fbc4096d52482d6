package org.blohub.crypto.cms;

import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.blohub.crypto.cms.kem.CompositeSignatureScheme;
import org.blohub.crypto.pki.Credential;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * The signature schemes a sealer may sign with and an opener accepts, in order of preference.
 * A new signature algorithm is one {@link SignatureScheme} class plus one line in {@link #standard()}
 * or a call to {@link #preferring(SignatureScheme)}.
 */
public final class SignatureSchemes {

    private final List<SignatureScheme> schemes;

    private SignatureSchemes(List<SignatureScheme> schemes) {
        this.schemes = List.copyOf(schemes);
    }

    /** ECDSA P-256/SHA-256, ECDSA P-384/SHA-384, RSA-PSS/SHA-256 (preferred for RSA keys), RSA PKCS#1 v1.5/SHA-256, Ed25519, composite ML-DSA-65 + ECDSA P-256. */
    public static SignatureSchemes standard() {
        return new SignatureSchemes(List.of(
                EcdsaSignatureScheme.p256(),
                EcdsaSignatureScheme.p384(),
                new RsaPssSignatureScheme(),
                new RsaPkcs1SignatureScheme(),
                new Ed25519SignatureScheme(),
                CompositeSignatureScheme.mldsa65EcdsaP256()));
    }

    /** RSA PKCS#1 v1.5 with SHA-256, for sealers whose counterparts cannot verify RSA-PSS. */
    public static SignatureScheme rsaPkcs1() {
        return new RsaPkcs1SignatureScheme();
    }

    /** These schemes with {@code scheme} tried first, both for signing and for accepting. */
    public SignatureSchemes preferring(SignatureScheme scheme) {
        List<SignatureScheme> reordered = new ArrayList<>();
        reordered.add(scheme);
        reordered.addAll(schemes);
        return new SignatureSchemes(reordered);
    }

    /** The preferred scheme that signs with this key. */
    public Optional<SignatureScheme> forKey(PrivateKey key) {
        return schemes.stream().filter(scheme -> scheme.canSignWith(key)).findFirst();
    }

    /** The preferred scheme that signs with this credential's key, whether Bouncy Castle holds it or a token. */
    public Optional<SignatureScheme> forSigner(Credential signer) {
        if (signer.keyProvider().isEmpty()) {
            return forKey(signer.privateKey());
        }
        return schemes.stream().filter(scheme -> scheme.signsInTokenFor(signer.certificate().getPublicKey())).findFirst();
    }

    /** The scheme that a received SignerInfo uses, if it is one we accept. */
    public Optional<SignatureScheme> forSignerInfo(AlgorithmIdentifier digestAlgorithm,
            AlgorithmIdentifier signatureAlgorithm) {
        return schemes.stream().filter(scheme -> scheme.accepts(digestAlgorithm, signatureAlgorithm)).findFirst();
    }
}
