package org.blohub.crypto.cms;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.blohub.crypto.CryptoProvider;
import org.blohub.crypto.pki.Credential;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.KeyAgreeRecipientInfo;
import org.bouncycastle.asn1.cms.OriginatorPublicKey;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.KeyAgreeRecipientInformation;
import org.bouncycastle.cms.KeyTransRecipientInformation;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyAgreeAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransAuthEnvelopedRecipient;
import org.bouncycastle.util.Selector;

/** Reads envelopes with Bouncy Castle directly, independently of the opener under test. */
final class EnvelopeInspection {

    private EnvelopeInspection() {
    }

    /** The originator public keys of all key-agreement RecipientInfos, hex encoded. */
    static List<String> originatorKeys(byte[] envelope) throws Exception {
        List<String> keys = new ArrayList<>();
        for (RecipientInformation info : new CMSAuthEnvelopedData(envelope).getRecipientInfos().getRecipients()) {
            if (info instanceof KeyAgreeRecipientInformation keyAgreement) {
                OriginatorPublicKey key = keyAgreement.getOriginator().getOriginatorKey();
                keys.add(HexFormat.of().formatHex(key.getPublicKeyData().getOctets()));
            }
        }
        return keys;
    }

    /**
     * The outer RecipientInfos as they are in the DER, one entry per RecipientInfo: for a KeyAgreeRecipientInfo
     * the number of RecipientEncryptedKeys it holds, for any other kind 0.
     */
    static List<Integer> encryptedKeysPerRecipientInfo(byte[] envelope) {
        AuthEnvelopedData structure = AuthEnvelopedData.getInstance(ContentInfo.getInstance(envelope).getContent());
        List<Integer> counts = new ArrayList<>();
        for (ASN1Encodable element : structure.getRecipientInfos()) {
            ASN1Encodable info = RecipientInfo.getInstance(element).getInfo();
            counts.add(info instanceof KeyAgreeRecipientInfo keyAgreement ? keyAgreement.getRecipientEncryptedKeys().size() : 0);
        }
        return counts;
    }

    /** Decrypts the envelope for this recipient and returns the DER of the inner SignedData ContentInfo. */
    @SuppressWarnings("unchecked")
    static byte[] decryptSignedData(byte[] envelope, Credential recipient) throws Exception {
        X509CertificateHolder holder = new JcaX509CertificateHolder(recipient.certificate());
        for (RecipientInformation info : new CMSAuthEnvelopedData(envelope).getRecipientInfos().getRecipients()) {
            if (((Selector<X509CertificateHolder>) info.getRID()).match(holder)) {
                Recipient unlock = info instanceof KeyTransRecipientInformation
                        ? new JceKeyTransAuthEnvelopedRecipient(recipient.privateKey()).setProvider(CryptoProvider.bouncyCastle())
                        : new JceKeyAgreeAuthEnvelopedRecipient(recipient.privateKey()).setProvider(CryptoProvider.bouncyCastle());
                return info.getContent(unlock);
            }
        }
        throw new AssertionError("the envelope has no RecipientInfo for the given recipient");
    }

    static List<X509Certificate> signedDataCertificates(byte[] envelope, Credential recipient) throws Exception {
        CMSSignedData signed = new CMSSignedData(decryptSignedData(envelope, recipient));
        List<X509Certificate> certificates = new ArrayList<>();
        for (X509CertificateHolder holder : signed.getCertificates().getMatches(null)) {
            certificates.add(new JcaX509CertificateConverter().setProvider(CryptoProvider.bouncyCastle()).getCertificate(holder));
        }
        return certificates;
    }
}
