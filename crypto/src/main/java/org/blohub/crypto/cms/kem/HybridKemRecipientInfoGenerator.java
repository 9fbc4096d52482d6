package org.blohub.crypto.cms.kem;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKEMRecipientInfoGenerator;
import org.bouncycastle.operator.GenericKey;

/**
 * Writes one RFC 9629 KEMRecipientInfo (inside an OtherRecipientInfo of type id-ori-kem) for a
 * recipient whose certificate carries a composite ML-KEM key: the composite ciphertext goes into
 * kemct, the composite shared secret through HKDF-SHA256 gives the key that wraps the
 * content-encryption key with AES-256 key wrap. Add it to a {@code CMSAuthEnvelopedDataGenerator},
 * a new one for every envelope.
 *
 * <p>The recipient is identified by issuer and serial number. The certificate is re-read with the
 * project's provider, so its composite key works whichever provider parsed it first.
 */
public final class HybridKemRecipientInfoGenerator implements RecipientInfoGenerator {

    private final RecipientInfoGenerator kemRecipientInfo;

    private HybridKemRecipientInfoGenerator(RecipientInfoGenerator kemRecipientInfo) {
        this.kemRecipientInfo = kemRecipientInfo;
    }

    /**
     * @throws CompositeKeyException if the certificate does not carry a composite ML-KEM key of the
     *                               profile, or its key usage does not allow keyEncipherment
     */
    public static HybridKemRecipientInfoGenerator forCertificate(X509Certificate certificate)
            throws CompositeKeyException {
        X509CertificateHolder holder = holder(certificate);
        SubjectPublicKeyInfo subjectKey = holder.getSubjectPublicKeyInfo();
        HybridKemAlgorithm algorithm = HybridKemAlgorithm.of(subjectKey.getAlgorithm())
                .filter(named -> subjectKey.getAlgorithm().getParameters() == null)
                .orElseThrow(() -> new CompositeKeyException("certificate serial " + serialOf(certificate)
                        + " carries a " + subjectKey.getAlgorithm().getAlgorithm().getId()
                        + " key, not a composite ML-KEM key of the hybrid profile"));
        KeyUsage keyUsage = KeyUsage.fromExtensions(holder.getExtensions());
        if (keyUsage != null && !keyUsage.hasUsages(KeyUsage.keyEncipherment)) {
            throw new CompositeKeyException("certificate serial " + serialOf(certificate)
                    + " does not allow keyEncipherment, which RFC 9629 asks of KEM recipients");
        }
        try {
            X509Certificate reread = new JcaX509CertificateConverter()
                    .setProvider(CryptoProvider.bouncyCastle())
                    .getCertificate(holder);
            return new HybridKemRecipientInfoGenerator(
                    new JceKEMRecipientInfoGenerator(reread, HybridKemProfile.WRAP.getAlgorithm())
                            .setKDF(HybridKemProfile.KDF)
                            .setProvider(CryptoProvider.bouncyCastle()));
        } catch (CertificateException e) {
            throw new CompositeKeyException("certificate serial " + serialOf(certificate)
                    + " cannot be read with the " + algorithm.jcaName() + " key", e);
        }
    }

    @Override
    public RecipientInfo generate(GenericKey contentEncryptionKey) throws CMSException {
        return kemRecipientInfo.generate(contentEncryptionKey);
    }

    private static X509CertificateHolder holder(X509Certificate certificate) throws CompositeKeyException {
        try {
            return new JcaX509CertificateHolder(certificate);
        } catch (CertificateException e) {
            throw new CompositeKeyException("certificate serial " + serialOf(certificate) + " cannot be encoded", e);
        }
    }

    private static String serialOf(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16);
    }
}
