package org.blohub.crypto.cms.kem;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.blohub.crypto.cms.CmsOpener;
import org.blohub.crypto.cms.CmsSealer;
import org.blohub.crypto.cms.OpenRefusedException;
import org.blohub.crypto.cms.RefusalCode;
import org.blohub.crypto.pki.CertificatePathValidator;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.x509.Certificate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random bit flips and truncations of hybrid envelopes, each opened by both of its readers (the
 * addressee and the sender). Every change is refused by every reader, including a change inside the
 * other reader's KEMRecipientInfo, which CMS does not authenticate but the signed RecipientInfos
 * digest does. Nothing but {@link OpenRefusedException} may come out of the opener.
 */
class HybridEnvelopeMutationTest {

    private static final long SEED = 0x9_17B1DL;
    private static final int MUTATIONS = 120;
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static final List<Sample> POOL = new ArrayList<>();
    private static CmsOpener opener;

    /** A sealed envelope, its readers, and the [start, end) bytes of each reader's RecipientInfo. */
    private record Sample(byte[] envelope, List<Credential> readers, List<int[]> recipientInfoRanges) {
    }

    @BeforeAll
    static void sealPool() throws Exception {
        DevelopmentPki pki = DevelopmentPki.create("Mekong PQ mutation", CLOCK);
        Credential signing = pki.issueOfficeSigning("TH-MAESAI", CompositeSignatureAlgorithm.MLDSA65_ECDSA_P256.generateKeyPair());
        CmsSealer sealer = new CmsSealer(CLOCK);
        for (HybridKemAlgorithm algorithm : HybridKemAlgorithm.values()) {
            Credential sender = pki.issueOfficeEncryption("TH-MAESAI", algorithm.generateKeyPair());
            Credential recipient = pki.issueOfficeEncryption("LA-HOUAYXAY", algorithm.generateKeyPair());
            for (int i = 0; i < 2; i++) {
                byte[] content = ("{\"n\":" + i + ",\"kem\":\"" + algorithm + "\"}").getBytes(UTF_8);
                byte[] envelope = sealer.seal(content, signing, sender.certificate(), List.of(recipient.certificate()));
                List<Credential> readers = List.of(recipient, sender);
                POOL.add(new Sample(envelope, readers, recipientInfoRanges(envelope, readers)));
            }
        }
        opener = new CmsOpener(new CertificatePathValidator(List.of(pki.root().certificate()),
                List.<X509Certificate>of(), pki.crls()));
    }

    @Test
    void everyMutationIsRefusedByEveryReaderAndNothingElseIsThrown() {
        Random random = new Random(SEED);
        Map<RefusalCode, Integer> refusals = new EnumMap<>(RefusalCode.class);
        for (int mutation = 0; mutation < MUTATIONS; mutation++) {
            Sample sample = POOL.get(random.nextInt(POOL.size()));
            boolean truncate = random.nextBoolean();
            int position = random.nextInt(sample.envelope().length);
            int bit = random.nextInt(8);
            byte[] mutated = truncate ? Arrays.copyOf(sample.envelope(), position) : flipped(sample.envelope(), position, bit);
            String what = (truncate ? "truncation to " + position : "bit " + bit + " flip at " + position)
                    + " of a " + sample.envelope().length + "-byte envelope, mutation #" + mutation + ", seed " + SEED;
            for (Credential reader : sample.readers()) {
                refusals.merge(refusalOf(mutated, reader, what), 1, Integer::sum);
            }
        }
        assertThat(refusals.keySet()).contains(RefusalCode.MALFORMED, RefusalCode.TAMPERED);
    }

    @Test
    void aFlipInsideOneReadersKemRecipientInfoIsRefusedAsTamperedByTheOtherReader() {
        for (Sample sample : POOL) {
            for (int changed = 0; changed < sample.readers().size(); changed++) {
                int[] range = sample.recipientInfoRanges().get(changed);
                int position = (range[0] + range[1]) / 2;
                byte[] mutated = flipped(sample.envelope(), position, 0);
                Credential otherReader = sample.readers().get(1 - changed);
                String what = "bit 0 flip at " + position + " inside the KEMRecipientInfo of reader " + changed;

                assertThat(refusalOf(mutated, otherReader, what)).as(what).isEqualTo(RefusalCode.TAMPERED);
            }
        }
    }

    private static RefusalCode refusalOf(byte[] mutated, Credential reader, String what) {
        try {
            opener.open(mutated, reader, "mutant");
        } catch (OpenRefusedException refusal) {
            return refusal.code();
        } catch (Throwable unexpected) {
            return fail("opener threw " + unexpected + " after " + what, unexpected);
        }
        return fail("reader " + reader.certificate().getSubjectX500Principal() + " opened after " + what);
    }

    private static List<int[]> recipientInfoRanges(byte[] envelope, List<Credential> readers) throws Exception {
        List<int[]> ranges = new ArrayList<>();
        for (Credential reader : readers) {
            for (RecipientInfo info : HybridProfileFixtures.recipientInfos(envelope)) {
                byte[] named = HybridProfileFixtures.kemRecipientInfo(info).getRecipientIdentifier().getId()
                        .toASN1Primitive().getEncoded(ASN1Encoding.DER);
                byte[] readersId = new IssuerAndSerialNumber(Certificate.getInstance(reader.certificate().getEncoded()))
                        .getEncoded(ASN1Encoding.DER);
                if (Arrays.equals(named, readersId)) {
                    byte[] encoded = info.toASN1Primitive().getEncoded(ASN1Encoding.DER);
                    int start = indexOf(envelope, encoded);
                    ranges.add(new int[] {start, start + encoded.length});
                }
            }
        }
        assertThat(ranges).hasSameSizeAs(readers);
        return ranges;
    }

    private static byte[] flipped(byte[] bytes, int position, int bit) {
        byte[] copy = bytes.clone();
        copy[position] ^= (byte) (1 << bit);
        return copy;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int start = 0; start <= haystack.length - needle.length; start++) {
            if (Arrays.equals(haystack, start, start + needle.length, needle, 0, needle.length)) {
                return start;
            }
        }
        throw new IllegalArgumentException("RecipientInfo not found in the envelope encoding");
    }
}
