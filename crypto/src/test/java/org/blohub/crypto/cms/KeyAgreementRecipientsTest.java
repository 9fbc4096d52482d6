package org.blohub.crypto.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blohub.crypto.cms.TestNetwork.HOUAYXAY;
import static org.blohub.crypto.cms.TestNetwork.MAE_SAI;
import static org.blohub.crypto.cms.TestNetwork.TACHILEIK;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.RecipientInformation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Key-agreement recipients of one envelope share one KeyAgreeRecipientInfo and one ephemeral key; envelopes
 * with one KeyAgreeRecipientInfo per recipient, as older nodes seal them, still open.
 */
class KeyAgreementRecipientsTest {

    private static final byte[] CONTENT = "{\"kind\":\"ALERT\",\"subject\":\"three offices\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final TestNetwork NETWORK = TestNetwork.shared();

    @Nested
    class OneKeyAgreeRecipientInfoPerMessage {

        @Test
        void p256RecipientsShareOneKeyAgreeRecipientInfoWithOneEphemeralKeyAndEachOpens() throws Exception {
            List<Credential> readers = encryptionCredentials(KeyAlgorithm.EC_P256);

            byte[] envelope = sealTo(TestNetwork.sealer(), readers);

            assertThat(EnvelopeInspection.encryptedKeysPerRecipientInfo(envelope)).containsExactly(3);
            assertThat(EnvelopeInspection.originatorKeys(envelope)).hasSize(3).containsOnly(
                    EnvelopeInspection.originatorKeys(envelope).get(0));
            assertEachOpens(envelope, readers);
        }

        @Test
        void x25519RecipientsShareOneKeyAgreeRecipientInfoToo() throws Exception {
            List<Credential> readers = encryptionCredentials(KeyAlgorithm.X25519);

            byte[] envelope = sealTo(TestNetwork.sealer(), readers);

            assertThat(EnvelopeInspection.encryptedKeysPerRecipientInfo(envelope)).containsExactly(3);
            assertEachOpens(envelope, readers);
        }

        @Test
        void eachKeyTypeGetsItsOwnRecipientInfoAndEveryReaderOpens() throws Exception {
            Credential sender = NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256);
            Credential houayxay = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P384);
            Credential tachileikRsa = NETWORK.encryption(TACHILEIK, KeyAlgorithm.RSA_3072);
            Credential tachileikP256 = NETWORK.encryption(TACHILEIK, KeyAlgorithm.EC_P256);
            List<Credential> readers = List.of(sender, houayxay, tachileikRsa, tachileikP256);

            byte[] envelope = sealTo(TestNetwork.sealer(), readers);

            assertThat(EnvelopeInspection.encryptedKeysPerRecipientInfo(envelope)).containsExactlyInAnyOrder(2, 1, 0);
            assertEachOpens(envelope, readers);
        }

        @Test
        void everyMessageGetsAFreshEphemeralKey() throws Exception {
            List<Credential> readers = encryptionCredentials(KeyAlgorithm.EC_P256);
            CmsSealer sealer = TestNetwork.sealer();

            byte[] first = sealTo(sealer, readers);
            byte[] second = sealTo(sealer, readers);

            assertThat(EnvelopeInspection.originatorKeys(first))
                    .doesNotContainAnyElementsOf(EnvelopeInspection.originatorKeys(second));
        }
    }

    @Nested
    class EnvelopesOfOlderNodes {

        @Test
        void opensAnEnvelopeWithOneKeyAgreeRecipientInfoAndOneEphemeralKeyPerRecipient() throws Exception {
            List<Credential> readers = encryptionCredentials(KeyAlgorithm.EC_P256);
            CmsSealer olderSealer = new CmsSealer(TestNetwork.CLOCK, SignatureSchemes.standard(),
                    RecipientSchemes.standard().with(new OneRecipientInfoEach(EcdhRecipientScheme.p256())));

            byte[] envelope = sealTo(olderSealer, readers);

            assertThat(EnvelopeInspection.encryptedKeysPerRecipientInfo(envelope)).containsExactly(1, 1, 1);
            assertThat(EnvelopeInspection.originatorKeys(envelope)).doesNotHaveDuplicates().hasSize(3);
            assertEachOpens(envelope, readers);
        }
    }

    private static List<Credential> encryptionCredentials(KeyAlgorithm algorithm) {
        return List.of(NETWORK.encryption(MAE_SAI, algorithm), NETWORK.encryption(HOUAYXAY, algorithm),
                NETWORK.encryption(TACHILEIK, algorithm));
    }

    /** Sealed by the first credential's office to all the others; it is a recipient itself, as always. */
    private static byte[] sealTo(CmsSealer sealer, List<Credential> readers) throws SealingException {
        return sealer.seal(CONTENT, NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256), readers.get(0).certificate(),
                readers.subList(1, readers.size()).stream().map(Credential::certificate).toList());
    }

    private static void assertEachOpens(byte[] envelope, List<Credential> readers) throws OpenRefusedException {
        for (Credential reader : readers) {
            assertThat(NETWORK.opener().open(envelope, reader, "shared key agreement").content())
                    .as("opened by certificate serial %s", reader.certificate().getSerialNumber().toString(16))
                    .isEqualTo(CONTENT);
        }
    }

    /** Seals as nodes did before one KeyAgreeRecipientInfo served all recipients: one RecipientInfo, one ephemeral key each. */
    private static final class OneRecipientInfoEach implements RecipientScheme {

        private final RecipientScheme scheme;

        OneRecipientInfoEach(RecipientScheme scheme) {
            this.scheme = scheme;
        }

        @Override
        public boolean encryptsTo(PublicKey key) {
            return scheme.encryptsTo(key);
        }

        @Override
        public RecipientInfoGenerator recipientInfoGenerator(X509Certificate recipient) throws SealingException {
            return scheme.recipientInfoGenerator(recipient);
        }

        @Override
        public boolean decryptsWith(PrivateKey key) {
            return scheme.decryptsWith(key);
        }

        @Override
        public boolean accepts(RecipientInformation recipientInfo) {
            return scheme.accepts(recipientInfo);
        }

        @Override
        public Recipient recipient(PrivateKey key) {
            return scheme.recipient(key);
        }

        @Override
        public Recipient streamingRecipient(PrivateKey key) {
            return scheme.streamingRecipient(key);
        }
    }
}
