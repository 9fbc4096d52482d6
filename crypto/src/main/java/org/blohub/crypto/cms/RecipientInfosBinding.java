package org.blohub.crypto.cms;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;

/**
 * The signed attribute id-blo-recipientInfosDigest: the SHA-256 of the DER encoding of the
 * RecipientInfos SET of the envelope the SignedData travels in. CMS authenticates neither the
 * RecipientInfos of an EnvelopedData nor those of an AuthEnvelopedData; signing their digest makes a
 * change in any recipient's RecipientInfo visible to every recipient.
 */
final class RecipientInfosBinding {

    /**
     * id-blo-recipientInfosDigest. The project has no registered arc, so the OID is UUID-derived under
     * 2.25 (ITU-T X.667, UUID d2dd4f7b-110c-4663-a2a8-e2a1325d7712): unique without registration.
     */
    static final ASN1ObjectIdentifier RECIPIENT_INFOS_DIGEST =
            new ASN1ObjectIdentifier("2.25.280286988781267292632582311289410123538");

    private static final int SHA256_LENGTH = 32;

    private RecipientInfosBinding() {
    }

    /** The signed attribute binding these RecipientInfos. */
    static Attribute attributeFor(ASN1Set recipientInfos) {
        return new Attribute(RECIPIENT_INFOS_DIGEST, new DERSet(new DEROctetString(digestOf(recipientInfos))));
    }

    /**
     * Checks the binding in the signed attributes of a SignerInfo whose signature has already been verified. A SignedData
     * without the attribute (as {@code openssl cms -sign} makes) binds nothing and passes; one with the
     * attribute must name exactly these RecipientInfos.
     */
    static void check(AttributeTable signedAttributes, ASN1Set recipientInfos, Refusals refuse)
            throws OpenRefusedException {
        ASN1EncodableVector attributes = signedAttributes.getAll(RECIPIENT_INFOS_DIGEST);
        if (attributes.size() == 0) {
            return;
        }
        if (attributes.size() != 1) {
            throw refuse.because(RefusalCode.MALFORMED, "the RecipientInfos digest is signed more than once");
        }
        ASN1Set values = Attribute.getInstance(attributes.get(0)).getAttrValues();
        if (values.size() != 1 || !(values.getObjectAt(0) instanceof ASN1OctetString digest)
                || digest.getOctets().length != SHA256_LENGTH) {
            throw refuse.because(RefusalCode.MALFORMED,
                    "the RecipientInfos digest attribute is not exactly one 32-byte OCTET STRING");
        }
        if (!MessageDigest.isEqual(digest.getOctets(), digestOf(recipientInfos))) {
            throw refuse.because(RefusalCode.TAMPERED, "the RecipientInfos differ from the ones the signer sealed");
        }
    }

    static byte[] digestOf(ASN1Set recipientInfos) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(recipientInfos.getEncoded(ASN1Encoding.DER));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("RecipientInfos cannot be DER encoded", e);
        }
    }
}
