package org.blohub.crypto.bench;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.blohub.crypto.cms.kem.CompositeSignatureAlgorithm;
import org.blohub.crypto.cms.kem.HybridKemAlgorithm;
import org.blohub.crypto.pki.CertificatePathValidator;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.KeyAlgorithm;

/**
 * The offices of the seal and open benchmarks, with keys of one profile: a sending office (signing and
 * encryption keys) and addressed offices (encryption keys), all issued by one development PKI.
 *
 * <p>Profiles: DEFAULT: ECDSA P-256 and ECDH P-256; RSA: RSA-PSS and RSA-OAEP with 3072-bit keys; EDWARDS:
 * Ed25519 and X25519; HYBRID_X25519 and HYBRID_P256: composite ML-DSA-65 + ECDSA P-256 signature with a
 * composite ML-KEM-768 + X25519 or + ECDH P-256 KEMRecipientInfo.
 */
final class BenchmarkOffices {

    private static final String[] ADDRESSEES = {"LA-HOUAYXAY", "LA-VIENTIANE", "KH-POIPET"};

    final DevelopmentPki pki;
    final Credential signing;
    final X509Certificate senderEncryption;
    final List<Credential> addressees;

    BenchmarkOffices(String profile, int addresseeCount) {
        if (addresseeCount < 1 || addresseeCount > ADDRESSEES.length) {
            throw new IllegalArgumentException("between 1 and " + ADDRESSEES.length + " addressees, not " + addresseeCount);
        }
        pki = DevelopmentPki.create("Benchmark", Clock.systemUTC());
        signing = pki.issueOfficeSigning("TH-MAESAI", signingKeyPair(profile));
        senderEncryption = pki.issueOfficeEncryption("TH-MAESAI", encryptionKeyPair(profile)).certificate();
        List<Credential> issued = new ArrayList<>();
        for (int index = 0; index < addresseeCount; index++) {
            issued.add(pki.issueOfficeEncryption(ADDRESSEES[index], encryptionKeyPair(profile)));
        }
        addressees = List.copyOf(issued);
    }

    List<X509Certificate> addresseeCertificates() {
        return addressees.stream().map(Credential::certificate).toList();
    }

    CertificatePathValidator trust() {
        return new CertificatePathValidator(List.of(pki.root().certificate()), List.of(), pki.crls());
    }

    private static KeyPair signingKeyPair(String profile) {
        return switch (profile) {
            case "RSA" -> KeyAlgorithm.RSA_3072.generateKeyPair();
            case "EDWARDS" -> KeyAlgorithm.ED25519.generateKeyPair();
            case "HYBRID_X25519", "HYBRID_P256" -> CompositeSignatureAlgorithm.MLDSA65_ECDSA_P256.generateKeyPair();
            default -> KeyAlgorithm.EC_P256.generateKeyPair();
        };
    }

    private static KeyPair encryptionKeyPair(String profile) {
        return switch (profile) {
            case "RSA" -> KeyAlgorithm.RSA_3072.generateKeyPair();
            case "EDWARDS" -> KeyAlgorithm.X25519.generateKeyPair();
            case "HYBRID_X25519" -> HybridKemAlgorithm.MLKEM768_X25519.generateKeyPair();
            case "HYBRID_P256" -> HybridKemAlgorithm.MLKEM768_ECDH_P256.generateKeyPair();
            default -> KeyAlgorithm.EC_P256.generateKeyPair();
        };
    }
}
