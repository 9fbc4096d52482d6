package org.blohub.crypto.cms.kem;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.blohub.crypto.CryptoProvider;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.KEMRecipientInfo;
import org.bouncycastle.asn1.cms.OtherRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.operator.OutputAEADEncryptor;

/** One demo PKI for the package's tests, and helpers to build and take apart AuthEnvelopedData. */
final class HybridProfileFixtures {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final DevelopmentPki PKI = DevelopmentPki.create("Mekong", Clock.fixed(NOW, ZoneOffset.UTC));

    private HybridProfileFixtures() {
    }

    static Credential hybridEncryptionCredential(String officeId, HybridKemAlgorithm algorithm) {
        return PKI.issueOfficeEncryption(officeId, algorithm.generateKeyPair());
    }

    /** AuthEnvelopedData with AES-256-GCM, as the sealer makes it, with one RecipientInfo per generator. */
    static byte[] authEnveloped(byte[] content, RecipientInfoGenerator... recipients) throws CMSException, IOException {
        CMSAuthEnvelopedDataGenerator generator = new CMSAuthEnvelopedDataGenerator();
        for (RecipientInfoGenerator recipient : recipients) {
            generator.addRecipientInfoGenerator(recipient);
        }
        OutputAEADEncryptor encryptor = (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_GCM)
                .setProvider(CryptoProvider.bouncyCastle()).build();
        return generator.generate(new CMSProcessableByteArray(content), encryptor)
                .toASN1Structure().getEncoded(ASN1Encoding.DER);
    }

    static HybridKemRecipientInfoGenerator hybridRecipient(X509Certificate certificate) throws CompositeKeyException {
        return HybridKemRecipientInfoGenerator.forCertificate(certificate);
    }

    static AuthEnvelopedData authEnvelopedData(byte[] envelope) {
        ContentInfo contentInfo = ContentInfo.getInstance(envelope);
        if (!contentInfo.getContentType().equals(CMSObjectIdentifiers.authEnvelopedData)) {
            throw new IllegalArgumentException("not an AuthEnvelopedData: " + contentInfo.getContentType());
        }
        return AuthEnvelopedData.getInstance(contentInfo.getContent());
    }

    static List<RecipientInfo> recipientInfos(byte[] envelope) {
        ASN1Encodable[] infos = authEnvelopedData(envelope).getRecipientInfos().toArray();
        return Arrays.stream(infos).map(RecipientInfo::getInstance).toList();
    }

    static KEMRecipientInfo kemRecipientInfo(RecipientInfo recipientInfo) {
        OtherRecipientInfo other = OtherRecipientInfo.getInstance(recipientInfo.getInfo());
        if (!other.getType().equals(CMSObjectIdentifiers.id_ori_kem)) {
            throw new IllegalArgumentException("not an id-ori-kem OtherRecipientInfo: " + other.getType());
        }
        return KEMRecipientInfo.getInstance(other.getValue());
    }

    /** The envelope with its only KEMRecipientInfo rewritten, everything else byte for byte the same. */
    static byte[] withKemRecipientInfo(byte[] envelope, UnaryOperator<KEMRecipientInfo> change) throws IOException {
        AuthEnvelopedData original = authEnvelopedData(envelope);
        ASN1EncodableVector rewritten = new ASN1EncodableVector();
        for (RecipientInfo info : recipientInfos(envelope)) {
            rewritten.add(isKem(info)
                    ? new RecipientInfo(new OtherRecipientInfo(CMSObjectIdentifiers.id_ori_kem,
                            change.apply(kemRecipientInfo(info))))
                    : info);
        }
        AuthEnvelopedData changed = new AuthEnvelopedData(original.getOriginatorInfo(), new DERSet(rewritten),
                original.getAuthEncryptedContentInfo(), original.getAuthAttrs(), original.getMac(),
                original.getUnauthAttrs());
        return new ContentInfo(CMSObjectIdentifiers.authEnvelopedData, changed).getEncoded(ASN1Encoding.DER);
    }

    /** A copy of the KEMRecipientInfo whose kemct has one bit flipped at {@code index}. */
    static KEMRecipientInfo withKemctBitFlipped(KEMRecipientInfo info, int index) {
        byte[] kemct = info.getKemct().getOctets();
        kemct[index] ^= 0x01;
        return copy(info, new DEROctetString(kemct), info.getKdf(), info.getKekLength());
    }

    static KEMRecipientInfo withKekLength(KEMRecipientInfo info, int kekLength) {
        return copy(info, info.getKemct(), info.getKdf(), kekLength);
    }

    static KEMRecipientInfo withKdf(KEMRecipientInfo info, AlgorithmIdentifier kdf) {
        return copy(info, info.getKemct(), kdf, info.getKekLength());
    }

    private static KEMRecipientInfo copy(KEMRecipientInfo info, ASN1OctetString kemct, AlgorithmIdentifier kdf,
            int kekLength) {
        ASN1OctetString ukm = info.getUkm() == null ? null : new DEROctetString(info.getUkm());
        return new KEMRecipientInfo(info.getRecipientIdentifier(), info.getKem(), kemct, kdf,
                new ASN1Integer(kekLength), ukm, info.getWrap(), info.getEncryptedKey());
    }

    private static boolean isKem(RecipientInfo info) {
        return info.getInfo() instanceof OtherRecipientInfo other && other.getType().equals(CMSObjectIdentifiers.id_ori_kem);
    }
}
