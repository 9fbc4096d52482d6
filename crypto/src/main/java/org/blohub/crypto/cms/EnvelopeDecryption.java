package org.blohub.crypto.cms;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;

import org.blohub.crypto.pki.Credential;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.KeyAgreeRecipientInfo;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.PKIXRecipientId;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientId;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.RecipientInformationStore;
import org.bouncycastle.util.Selector;

/**
 * The outer half of opening: checks the AuthEnvelopedData against the profile, finds the recipient's
 * RecipientInfo, unwraps the content-encryption key and returns the authenticated plaintext with the
 * RecipientInfos, whose binding is checked once the signature is verified.
 */
final class EnvelopeDecryption {

    private final RecipientSchemes recipientSchemes;
    private final CertificateConversions conversions;

    EnvelopeDecryption(RecipientSchemes recipientSchemes, CertificateConversions conversions) {
        this.recipientSchemes = recipientSchemes;
        this.conversions = conversions;
    }

    /** The authenticated plaintext (the DER SignedData) and the RecipientInfos SET as received. */
    record DecryptedEnvelope(byte[] signedData, ASN1Set recipientInfos) {
    }

    DecryptedEnvelope decrypt(byte[] envelope, Credential recipient, Refusals refuse) throws OpenRefusedException {
        ContentInfo contentInfo = ContentInfo.getInstance(StrictDer.parse(envelope, "envelope", refuse));
        if (contentInfo.getContentType().equals(CMSObjectIdentifiers.envelopedData)) {
            throw refuse.because(RefusalCode.UNSUPPORTED_ALGORITHM,
                    "EnvelopedData is not accepted, only AuthEnvelopedData with AES-256-GCM");
        }
        if (!contentInfo.getContentType().equals(CMSObjectIdentifiers.authEnvelopedData)) {
            throw refuse.because(RefusalCode.MALFORMED, "content type " + contentInfo.getContentType().getId()
                    + " is not AuthEnvelopedData");
        }
        AuthEnvelopedData structure = AuthEnvelopedData.getInstance(contentInfo.getContent());
        checkProfile(structure, refuse);
        RecipientInformation ours = ourRecipientInfo(parse(contentInfo, refuse).getRecipientInfos(), recipient, refuse);
        RecipientScheme scheme = schemeAccepting(ours, recipient, refuse);
        byte[] plaintext;
        try {
            plaintext = ours.getContent(recipient.keyProvider().isPresent()
                    ? tokenRecipient(scheme, recipient, refuse)
                    : scheme.recipient(recipient.privateKey()));
        } catch (CMSException | RuntimeException e) {
            throw refuse.because(RefusalCode.TAMPERED, "key unwrap or authentication tag check failed", e);
        }
        return new DecryptedEnvelope(plaintext, structure.getRecipientInfos());
    }

    /** The RecipientInfo naming the recipient's certificate, exactly. */
    RecipientInformation ourRecipientInfo(RecipientInformationStore recipientInfos, Credential recipient,
            Refusals refuse) throws OpenRefusedException {
        X509CertificateHolder holder = holder(recipient.certificate());
        return recipientInfos.getRecipients().stream()
                .filter(info -> matches(info.getRID(), holder) && namesIssuerExactly(info.getRID(), holder))
                .findFirst()
                .orElseThrow(() -> refuse.because(RefusalCode.NOT_A_RECIPIENT, "no RecipientInfo for certificate serial "
                        + recipient.certificate().getSerialNumber().toString(16)));
    }

    /** The scheme for the recipient's key, provided it accepts the algorithms of this RecipientInfo. */
    RecipientScheme schemeAccepting(RecipientInformation ours, Credential recipient, Refusals refuse)
            throws OpenRefusedException {
        RecipientScheme scheme = recipientSchemes.forRecipient(recipient)
                .orElseThrow(() -> refuse.because(RefusalCode.UNSUPPORTED_ALGORITHM,
                        "no recipient scheme for our key type " + KeyKind.of(recipient.certificate().getPublicKey())));
        if (!scheme.accepts(ours)) {
            throw refuse.because(RefusalCode.UNSUPPORTED_ALGORITHM, "key encryption "
                    + ours.getKeyEncryptionAlgOID() + " is outside the accepted profiles");
        }
        return scheme;
    }

    /** The scheme's recipient for a key held in a token, if the scheme can use one. */
    static Recipient tokenRecipient(RecipientScheme scheme, Credential recipient, Refusals refuse)
            throws OpenRefusedException {
        return scheme.tokenRecipient(recipient).orElseThrow(() -> refuse.because(RefusalCode.UNSUPPORTED_ALGORITHM,
                "our key of type " + KeyKind.of(recipient.certificate().getPublicKey())
                        + " is in a token, which this key encryption cannot use"));
    }

    private static void checkProfile(AuthEnvelopedData structure, Refusals refuse) throws OpenRefusedException {
        if (structure.getVersion().intValueExact() != 0 || structure.getOriginatorInfo() != null) {
            throw refuse.because(RefusalCode.MALFORMED, "AuthEnvelopedData version or originator info outside the profile");
        }
        checkRecipientInfoVersions(structure, refuse);
        if (!structure.getAuthEncryptedContentInfo().getContentEncryptionAlgorithm().getAlgorithm()
                .equals(CMSAlgorithm.AES256_GCM)) {
            throw refuse.because(RefusalCode.UNSUPPORTED_ALGORITHM, "content encryption "
                    + structure.getAuthEncryptedContentInfo().getContentEncryptionAlgorithm().getAlgorithm().getId()
                    + " is not AES-256-GCM");
        }
        if (!structure.getAuthEncryptedContentInfo().getContentType().equals(CMSObjectIdentifiers.data)) {
            throw refuse.because(RefusalCode.MALFORMED, "encrypted content type is not id-data");
        }
    }

    /** Bouncy Castle ignores these unauthenticated version numbers; RFC 5652 fixes them, so we check them. */
    private static void checkRecipientInfoVersions(AuthEnvelopedData structure, Refusals refuse)
            throws OpenRefusedException {
        for (ASN1Encodable element : structure.getRecipientInfos()) {
            ASN1Encodable info = RecipientInfo.getInstance(element).getInfo();
            boolean valid = true;
            if (info instanceof KeyAgreeRecipientInfo keyAgreement) {
                valid = keyAgreement.getVersion().hasValue(3);
            } else if (info instanceof KeyTransRecipientInfo keyTransport) {
                valid = keyTransport.getVersion().hasValue(0) || keyTransport.getVersion().hasValue(2);
            }
            if (!valid) {
                throw refuse.because(RefusalCode.MALFORMED, "a RecipientInfo has a version RFC 5652 does not allow");
            }
        }
    }

    private static CMSAuthEnvelopedData parse(ContentInfo contentInfo, Refusals refuse) throws OpenRefusedException {
        try {
            return new CMSAuthEnvelopedData(contentInfo);
        } catch (CMSException e) {
            throw refuse.because(RefusalCode.MALFORMED, "AuthEnvelopedData cannot be read", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean matches(Selector<?> recipientId, X509CertificateHolder holder) {
        return ((Selector<X509CertificateHolder>) recipientId).match(holder);
    }

    /**
     * Bouncy Castle compares issuer names as RFC 5280 does, ignoring case and string types. The
     * recipient identifier is not authenticated, so we want it byte for byte as it was issued.
     */
    private static boolean namesIssuerExactly(RecipientId recipientId, X509CertificateHolder holder) {
        if (!(recipientId instanceof PKIXRecipientId pkixId) || pkixId.getIssuer() == null) {
            return true;
        }
        try {
            return Arrays.equals(pkixId.getIssuer().getEncoded(ASN1Encoding.DER),
                    holder.getIssuer().getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            return false;
        }
    }

    private X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return conversions.holderOf(certificate);
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("our own encryption certificate cannot be encoded", e);
        }
    }
}
