package org.blohub.crypto.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blohub.crypto.cms.TestNetwork.HOUAYXAY;
import static org.blohub.crypto.cms.TestNetwork.MAE_SAI;
import static org.blohub.crypto.cms.TestNetwork.NOW;
import static org.blohub.crypto.cms.TestNetwork.TACHILEIK;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Date;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.blohub.crypto.CryptoProvider;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.KeyAgreeRecipientInfo;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientEncryptedKey;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The signed id-blo-recipientInfosDigest attribute: what the sealer writes, and that a change in
 * another reader's RecipientInfo, which the GCM tag does not cover, is refused.
 */
class RecipientInfosBindingTest {

    /** As documented in docs/crypto.md; written out here rather than taken from the code under test. */
    private static final ASN1ObjectIdentifier DOCUMENTED_OID =
            new ASN1ObjectIdentifier("2.25.280286988781267292632582311289410123538");
    private static final byte[] CONTENT = "{\"kind\":\"ALERT\",\"body\":\"binding\"}".getBytes(StandardCharsets.UTF_8);
    private static final TestNetwork NETWORK = TestNetwork.shared();

    private final Credential signing = NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256);

    private byte[] seal(Credential sender, Credential addressee) throws SealingException {
        return TestNetwork.sealer().seal(CONTENT, signing, sender.certificate(), List.of(addressee.certificate()));
    }

    private static void assertRefused(ThrowingCallable open, RefusalCode expected) {
        assertThatThrownBy(open)
                .isInstanceOfSatisfying(OpenRefusedException.class, refusal -> assertThat(refusal.code())
                        .as(refusal.getMessage())
                        .isEqualTo(expected));
    }

    @Nested
    class WhatTheSealerSigns {

        @ParameterizedTest
        @EnumSource(value = KeyAlgorithm.class, names = {"EC_P256", "X25519", "RSA_3072"})
        void theSha256OfTheDerRecipientInfosAsTheyAppearInTheEnvelope(KeyAlgorithm recipientKey) throws Exception {
            Credential sender = NETWORK.encryption(MAE_SAI, recipientKey);
            Credential addressee = NETWORK.encryption(HOUAYXAY, recipientKey);
            byte[] envelope = seal(sender, addressee);

            AuthEnvelopedData structure = AuthEnvelopedData.getInstance(ContentInfo.getInstance(envelope).getContent());
            byte[] recipientInfos = structure.getRecipientInfos().getEncoded(ASN1Encoding.DER);
            assertThat(HandMadeEnvelopes.indexOf(envelope, recipientInfos)).isPositive();
            byte[] expected = MessageDigest.getInstance("SHA-256").digest(recipientInfos);

            AttributeTable signedAttributes = new CMSSignedData(EnvelopeInspection.decryptSignedData(envelope, addressee))
                    .getSignerInfos().getSigners().iterator().next().getSignedAttributes();
            ASN1EncodableVector bindings = signedAttributes.getAll(DOCUMENTED_OID);
            assertThat(bindings.size()).isEqualTo(1);
            ASN1Encodable[] values = Attribute.getInstance(bindings.get(0)).getAttributeValues();
            assertThat(values).hasSize(1);
            assertThat(ASN1OctetString.getInstance(values[0]).getOctets()).isEqualTo(expected);
        }

        @Test
        void noAuthenticatedAttributesWhichOpenSsl30CannotParse() throws Exception {
            byte[] envelope = seal(NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256),
                    NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256));

            assertThat(AuthEnvelopedData.getInstance(ContentInfo.getInstance(envelope).getContent()).getAuthAttrs())
                    .isNull();
        }
    }

    @Nested
    class AChangeInAnotherReadersRecipientInfo {

        @ParameterizedTest
        @EnumSource(value = KeyAlgorithm.class, names = {"EC_P256", "X25519", "RSA_3072"})
        void aBitFlipInTheSendersEntryIsRefusedByTheAddresseeAsTampered(KeyAlgorithm recipientKey) throws Exception {
            Credential sender = NETWORK.encryption(MAE_SAI, recipientKey);
            Credential addressee = NETWORK.encryption(HOUAYXAY, recipientKey);
            byte[] mutated = flipInsideEncryptedKeyOf(seal(sender, addressee), sender);

            // The GCM tag does not cover the RecipientInfos: Bouncy Castle alone still decrypts for the addressee.
            assertThat(EnvelopeInspection.decryptSignedData(mutated, addressee)).isNotEmpty();
            assertRefused(() -> NETWORK.opener().open(mutated, addressee, "flip-in-sender-entry"), RefusalCode.TAMPERED);
        }

        @ParameterizedTest
        @EnumSource(value = KeyAlgorithm.class, names = {"EC_P256", "X25519", "RSA_3072"})
        void aBitFlipInTheAddresseesEntryIsRefusedByTheSenderAsTampered(KeyAlgorithm recipientKey) throws Exception {
            Credential sender = NETWORK.encryption(MAE_SAI, recipientKey);
            Credential addressee = NETWORK.encryption(HOUAYXAY, recipientKey);
            byte[] mutated = flipInsideEncryptedKeyOf(seal(sender, addressee), addressee);

            assertThat(EnvelopeInspection.decryptSignedData(mutated, sender)).isNotEmpty();
            assertRefused(() -> NETWORK.opener().open(mutated, sender, "flip-in-addressee-entry"), RefusalCode.TAMPERED);
        }

        @Test
        void aRefusalNamesTheRecipientInfosAsTheCause() throws Exception {
            Credential sender = NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256);
            Credential addressee = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);
            byte[] mutated = flipInsideEncryptedKeyOf(seal(sender, addressee), sender);

            assertThatThrownBy(() -> NETWORK.opener().open(mutated, addressee, "flip"))
                    .hasMessageContaining("RecipientInfos differ");
        }

        /** Flips one bit in the middle of the wrapped or transported key of the entry naming this reader. */
        private static byte[] flipInsideEncryptedKeyOf(byte[] envelope, Credential reader) {
            byte[] encryptedKey = encryptedKeyOf(envelope, reader.certificate().getSerialNumber());
            int start = HandMadeEnvelopes.indexOf(envelope, encryptedKey);
            return HandMadeEnvelopes.flipBit(envelope, start + encryptedKey.length / 2, 4);
        }

        private static byte[] encryptedKeyOf(byte[] envelope, BigInteger serial) {
            AuthEnvelopedData structure = AuthEnvelopedData.getInstance(ContentInfo.getInstance(envelope).getContent());
            for (ASN1Encodable element : structure.getRecipientInfos()) {
                ASN1Encodable info = RecipientInfo.getInstance(element).getInfo();
                if (info instanceof KeyTransRecipientInfo transport && IssuerAndSerialNumber
                        .getInstance(transport.getRecipientIdentifier().getId()).getSerialNumber().hasValue(serial)) {
                    return transport.getEncryptedKey().getOctets();
                }
                if (info instanceof KeyAgreeRecipientInfo agreement) {
                    for (ASN1Encodable keyElement : agreement.getRecipientEncryptedKeys()) {
                        RecipientEncryptedKey key = RecipientEncryptedKey.getInstance(keyElement);
                        if (key.getIdentifier().getIssuerAndSerialNumber().getSerialNumber().hasValue(serial)) {
                            return key.getEncryptedKey().getOctets();
                        }
                    }
                }
            }
            throw new AssertionError("no RecipientInfo names serial " + serial.toString(16));
        }
    }

    @Nested
    class SignedDataMovedToAnotherEnvelope {

        private final Credential addressee = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);

        @Test
        void aRecipientReEncryptingTheSignedDataForAThirdOfficeIsRefusedByThatOffice() throws Exception {
            byte[] signed = EnvelopeInspection.decryptSignedData(
                    seal(NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256), addressee), addressee);
            Credential thirdOffice = NETWORK.encryption(TACHILEIK, KeyAlgorithm.EC_P256);

            byte[] forwarded = HandMadeEnvelopes.authEnveloped(signed, thirdOffice.certificate());

            assertRefused(() -> NETWORK.opener().open(forwarded, thirdOffice, "forwarded"), RefusalCode.TAMPERED);
        }

        @Test
        void aSignedDataWithoutTheAttributeAsOpenSslSignsItStillOpens() throws Exception {
            byte[] signed = signedWith(null);

            OpenedEnvelope opened = NETWORK.opener().open(HandMadeEnvelopes.authEnveloped(signed, addressee.certificate()),
                    addressee, "no-binding");

            assertThat(opened.content()).isEqualTo(CONTENT);
        }

        @Test
        void aSignedDigestOfOtherRecipientInfosIsRefusedAsTampered() throws Exception {
            byte[] signed = signedWith(new DEROctetString(new byte[32]));

            assertRefused(() -> NETWORK.opener().open(HandMadeEnvelopes.authEnveloped(signed, addressee.certificate()),
                    addressee, "zero-digest"), RefusalCode.TAMPERED);
        }

        @Test
        void aSignedDigestThatIsNotSha256SizedIsRefusedAsMalformed() throws Exception {
            byte[] signed = signedWith(new DEROctetString(new byte[20]));

            assertRefused(() -> NETWORK.opener().open(HandMadeEnvelopes.authEnveloped(signed, addressee.certificate()),
                    addressee, "short-digest"), RefusalCode.MALFORMED);
        }

        /** A SignedData like the sealer's, with this value (or none) for the binding attribute. */
        private byte[] signedWith(ASN1Encodable bindingValue) throws Exception {
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(NOW)))));
            if (bindingValue != null) {
                attributes.add(new Attribute(DOCUMENTED_OID, new DERSet(bindingValue)));
            }
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(CryptoProvider.bouncyCastle()).build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(CryptoProvider.bouncyCastle())
                            .build(signing.privateKey()), signing.certificate()));
            generator.addCertificates(new JcaCertStore(signing.chain().stream()
                    .filter(certificate -> !certificate.getSubjectX500Principal()
                            .equals(certificate.getIssuerX500Principal()))
                    .toList()));
            return generator.generate(new CMSProcessableByteArray(CONTENT), true).toASN1Structure()
                    .getEncoded(ASN1Encoding.DER);
        }
    }
}
