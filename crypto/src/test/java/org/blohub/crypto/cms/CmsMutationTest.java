package org.blohub.crypto.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.blohub.crypto.cms.TestNetwork.HOUAYXAY;
import static org.blohub.crypto.cms.TestNetwork.MAE_SAI;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Flips one bit or truncates, 1,000 times, over a pool of sealed envelopes, and opens each result as
 * both of its recipients. CMS does not authenticate the RecipientInfos of other recipients, so a
 * change inside the sender's RecipientInfo cannot be noticed by the addressee (and vice versa); there
 * the other party may still open, but must then read exactly the original content. Everywhere else
 * both must refuse. Nothing but {@link OpenRefusedException} may ever come out.
 */
class CmsMutationTest {

    private static final long SEED = 0x5EA1_B10L;
    private static final int POOL_SIZE = 20;
    private static final int MUTATIONS = 1_000;
    private static final TestNetwork NETWORK = TestNetwork.shared();

    private static final List<SealedSample> POOL = new ArrayList<>();
    private static CmsOpener opener;

    /** One sealed envelope, its two readers and where each reader's RecipientInfo lies in the bytes. */
    private record SealedSample(byte[] envelope, byte[] content, List<Credential> readers, List<int[]> recipientInfoRanges) {
    }

    @BeforeAll
    static void sealPool() throws Exception {
        for (int i = 0; i < POOL_SIZE; i++) {
            KeyAlgorithm signerKey = i % 5 == 3 ? KeyAlgorithm.ED25519 : i % 5 == 4 ? KeyAlgorithm.RSA_3072 : KeyAlgorithm.EC_P256;
            KeyAlgorithm recipientKey = i % 5 == 3 ? KeyAlgorithm.X25519 : i % 5 == 4 ? KeyAlgorithm.RSA_3072 : KeyAlgorithm.EC_P256;
            Credential signing = NETWORK.signing(MAE_SAI, signerKey);
            Credential sender = NETWORK.encryption(MAE_SAI, recipientKey);
            Credential recipient = NETWORK.encryption(HOUAYXAY, recipientKey);
            byte[] content = ("{\"n\":" + i + ",\"body\":\"" + "x".repeat(10 * i) + "\"}").getBytes(StandardCharsets.UTF_8);
            byte[] envelope = TestNetwork.sealer().seal(content, signing, sender.certificate(), List.of(recipient.certificate()));
            List<Credential> readers = List.of(recipient, sender);
            POOL.add(new SealedSample(envelope, content, readers, recipientInfoRanges(envelope, readers)));
        }
        opener = NETWORK.opener();
    }

    @Test
    void everyBitFlipOrTruncationIsRefusedByEveryRecipientItConcernsAndNothingElseIsThrown() throws Exception {
        Random random = new Random(SEED);
        Map<RefusalCode, Integer> refusals = new EnumMap<>(RefusalCode.class);
        int openedDespiteChangeInOtherRecipientInfo = 0;
        for (int mutation = 0; mutation < MUTATIONS; mutation++) {
            SealedSample sample = POOL.get(random.nextInt(POOL.size()));
            boolean truncate = random.nextBoolean();
            int position = random.nextInt(sample.envelope().length);
            int bit = random.nextInt(8);
            byte[] mutated = truncate
                    ? Arrays.copyOf(sample.envelope(), position)
                    : HandMadeEnvelopes.flipBit(sample.envelope(), position, bit);
            String what = (truncate ? "truncation to " + position : "bit " + bit + " flip at " + position)
                    + " of a " + sample.envelope().length + "-byte envelope, mutation #" + mutation + ", seed " + SEED;
            for (int reader = 0; reader < sample.readers().size(); reader++) {
                Optional<OpenedEnvelope> opened = openOrRefuse(mutated, sample.readers().get(reader), what, refusals);
                if (opened.isPresent()) {
                    boolean changedOnlyAnotherRecipientInfo = !truncate
                            && insideRecipientInfoOfAnotherReader(sample, reader, position);
                    assertThat(changedOnlyAnotherRecipientInfo)
                            .as("reader %d opened after %s", reader, what)
                            .isTrue();
                    assertThat(opened.get().content()).as("content read after %s", what).isEqualTo(sample.content());
                    openedDespiteChangeInOtherRecipientInfo++;
                }
            }
        }
        System.out.printf("mutation test seed %d: refusals %s; %d opens by the reader whose RecipientInfo was untouched%n",
                SEED, refusals, openedDespiteChangeInOtherRecipientInfo);
        assertThat(refusals.keySet()).contains(RefusalCode.MALFORMED, RefusalCode.TAMPERED);
    }

    private static Optional<OpenedEnvelope> openOrRefuse(byte[] mutated, Credential reader, String what,
            Map<RefusalCode, Integer> refusals) {
        try {
            return Optional.of(opener.open(mutated, reader, "mutant"));
        } catch (OpenRefusedException refusal) {
            refusals.merge(refusal.code(), 1, Integer::sum);
            return Optional.empty();
        } catch (Throwable unexpected) {
            return fail("opener threw " + unexpected + " after " + what, unexpected);
        }
    }

    private static boolean insideRecipientInfoOfAnotherReader(SealedSample sample, int reader, int position) {
        for (int other = 0; other < sample.readers().size(); other++) {
            int[] range = sample.recipientInfoRanges().get(other);
            if (other != reader && position >= range[0] && position < range[1]) {
                return true;
            }
        }
        return false;
    }

    /** For each reader, the [start, end) byte range of its RecipientInfo: the one naming its certificate's serial number. */
    private static List<int[]> recipientInfoRanges(byte[] envelope, List<Credential> readers) throws Exception {
        AuthEnvelopedData structure = AuthEnvelopedData.getInstance(ContentInfo.getInstance(envelope).getContent());
        List<int[]> ranges = new ArrayList<>();
        for (Credential reader : readers) {
            byte[] serial = reader.certificate().getSerialNumber().toByteArray();
            for (ASN1Encodable info : structure.getRecipientInfos()) {
                byte[] encoded = info.toASN1Primitive().getEncoded(ASN1Encoding.DER);
                if (contains(encoded, serial)) {
                    int start = HandMadeEnvelopes.indexOf(envelope, encoded);
                    ranges.add(new int[] {start, start + encoded.length});
                }
            }
        }
        assertThat(ranges).hasSameSizeAs(readers);
        return ranges;
    }

    private static boolean contains(byte[] whole, byte[] part) {
        try {
            HandMadeEnvelopes.indexOf(whole, part);
            return true;
        } catch (AssertionError absent) {
            return false;
        }
    }
}
