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
import java.util.Random;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance property: 1,000 envelopes, each sealed afresh and then given one random bit flip or
 * truncation, are all refused with an {@link OpenRefusedException} by every reader (the addressee and
 * the sender), including when the change lies in the other reader's RecipientInfo. None opens,
 * nothing else is thrown.
 */
class CmsMutationTest {

    private static final long SEED = 0x5EA1_B10L;
    private static final int ENVELOPES = 1_000;
    private static final TestNetwork NETWORK = TestNetwork.shared();

    /** Who seals and who may read: the envelopes cycle through these key types. */
    private record Parties(Credential signing, Credential sender, Credential recipient) {
    }

    /** One sealed envelope, its two readers and the byte range [start, end) of the RecipientInfos SET. */
    private record SealedSample(byte[] envelope, List<Credential> readers, int recipientInfosStart,
            int recipientInfosEnd) {

        boolean insideRecipientInfos(int position) {
            return position >= recipientInfosStart && position < recipientInfosEnd;
        }
    }

    private static final List<Parties> PARTIES = new ArrayList<>();
    private static CmsOpener opener;

    @BeforeAll
    static void issueCredentials() {
        for (int i = 0; i < 5; i++) {
            KeyAlgorithm signerKey = i == 3 ? KeyAlgorithm.ED25519 : i == 4 ? KeyAlgorithm.RSA_3072 : KeyAlgorithm.EC_P256;
            KeyAlgorithm recipientKey = i == 3 ? KeyAlgorithm.X25519 : i == 4 ? KeyAlgorithm.RSA_3072 : KeyAlgorithm.EC_P256;
            PARTIES.add(new Parties(NETWORK.signing(MAE_SAI, signerKey), NETWORK.encryption(MAE_SAI, recipientKey),
                    NETWORK.encryption(HOUAYXAY, recipientKey)));
        }
        opener = NETWORK.opener();
    }

    @Test
    void everyBitFlipOrTruncationIsRefusedByEveryReaderAndNothingElseIsThrown() throws Exception {
        Random random = new Random(SEED);
        Map<RefusalCode, Integer> refusals = new EnumMap<>(RefusalCode.class);
        int flipsInsideRecipientInfos = 0;
        for (int envelope = 0; envelope < ENVELOPES; envelope++) {
            SealedSample sample = seal(PARTIES.get(envelope % PARTIES.size()), envelope, random);
            boolean truncate = random.nextBoolean();
            int position = random.nextInt(sample.envelope().length);
            int bit = random.nextInt(8);
            byte[] mutated = truncate
                    ? Arrays.copyOf(sample.envelope(), position)
                    : HandMadeEnvelopes.flipBit(sample.envelope(), position, bit);
            String what = (truncate ? "truncation to " + position : "bit " + bit + " flip at " + position)
                    + " of a " + sample.envelope().length + "-byte envelope, envelope #" + envelope + ", seed " + SEED;
            if (!truncate && sample.insideRecipientInfos(position)) {
                flipsInsideRecipientInfos++;
            }
            for (Credential reader : sample.readers()) {
                RefusalCode code = refusalOf(mutated, reader, what);
                refusals.merge(code, 1, Integer::sum);
            }
        }
        System.out.printf("mutation test seed %d: refusals %s; %d bit flips inside the RecipientInfos%n",
                SEED, refusals, flipsInsideRecipientInfos);
        assertThat(refusals.keySet()).contains(RefusalCode.MALFORMED, RefusalCode.TAMPERED);
        assertThat(flipsInsideRecipientInfos)
                .as("bit flips that landed in the RecipientInfos, where only the binding can notice them for the other reader")
                .isGreaterThan(50);
    }

    private static SealedSample seal(Parties parties, int number, Random random) throws Exception {
        byte[] content = ("{\"n\":" + number + ",\"body\":\"" + "x".repeat(random.nextInt(200)) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] envelope = TestNetwork.sealer().seal(content, parties.signing(), parties.sender().certificate(),
                List.of(parties.recipient().certificate()));
        byte[] recipientInfos = AuthEnvelopedData.getInstance(ContentInfo.getInstance(envelope).getContent())
                .getRecipientInfos().getEncoded(ASN1Encoding.DER);
        int start = HandMadeEnvelopes.indexOf(envelope, recipientInfos);
        return new SealedSample(envelope, List.of(parties.recipient(), parties.sender()), start,
                start + recipientInfos.length);
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
}
