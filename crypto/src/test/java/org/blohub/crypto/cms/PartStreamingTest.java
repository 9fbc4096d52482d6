package org.blohub.crypto.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blohub.crypto.cms.TestNetwork.HOUAYXAY;
import static org.blohub.crypto.cms.TestNetwork.MAE_SAI;
import static org.blohub.crypto.cms.TestNetwork.TACHILEIK;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.blohub.crypto.cms.kem.HybridKemAlgorithm;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PartStreamingTest {

    private static final TestNetwork NETWORK = TestNetwork.shared();
    private static final byte[] ATTACHMENT = randomBytes(300_000, 7);

    private final PartSealer sealer = new PartSealer();
    private final PartOpener opener = new PartOpener();

    @Nested
    class RoundTrip {

        @ParameterizedTest(name = "{0} recipient")
        @EnumSource(value = KeyAlgorithm.class, names = {"EC_P256", "RSA_3072", "X25519"})
        void recipientAndSenderBothReadTheAttachmentAndGetItsDigest(KeyAlgorithm keyType) throws Exception {
            Credential sender = NETWORK.encryption(MAE_SAI, keyType);
            Credential recipient = NETWORK.encryption(HOUAYXAY, keyType);

            ByteArrayOutputStream sealed = new ByteArrayOutputStream();
            PartDigest sealedDigest = sealer.seal(new ByteArrayInputStream(ATTACHMENT), sealed, sender.certificate(),
                    List.of(recipient.certificate()));

            assertThat(sealedDigest).isEqualTo(new PartDigest(ATTACHMENT.length, sha256Hex(ATTACHMENT)));
            for (Credential reader : List.of(recipient, sender)) {
                ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
                PartDigest opened = opener.open(new ByteArrayInputStream(sealed.toByteArray()), plaintext, reader, "part");
                assertThat(plaintext.toByteArray()).isEqualTo(ATTACHMENT);
                assertThat(opened).isEqualTo(sealedDigest);
            }
        }

        @Test
        void hybridMlKemRecipientReadsTheAttachment() throws Exception {
            Credential sender = NETWORK.pki().issueOfficeEncryption(MAE_SAI,
                    HybridKemAlgorithm.MLKEM768_X25519.generateKeyPair());
            Credential recipient = NETWORK.pki().issueOfficeEncryption(HOUAYXAY,
                    HybridKemAlgorithm.MLKEM768_X25519.generateKeyPair());

            ByteArrayOutputStream sealed = new ByteArrayOutputStream();
            sealer.seal(new ByteArrayInputStream(ATTACHMENT), sealed, sender.certificate(), List.of(recipient.certificate()));

            ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
            PartDigest opened = opener.open(new ByteArrayInputStream(sealed.toByteArray()), plaintext, recipient, "part");
            assertThat(plaintext.toByteArray()).isEqualTo(ATTACHMENT);
            assertThat(opened.sha256()).isEqualTo(sha256Hex(ATTACHMENT));
        }

        @Test
        void emptyAttachmentRoundTrips() throws Exception {
            Credential sender = NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256);
            ByteArrayOutputStream sealed = new ByteArrayOutputStream();
            sealer.seal(InputStream.nullInputStream(), sealed, sender.certificate(), List.of());

            PartDigest opened = opener.open(new ByteArrayInputStream(sealed.toByteArray()),
                    OutputStream.nullOutputStream(), sender, "part");
            assertThat(opened).isEqualTo(new PartDigest(0, sha256Hex(new byte[0])));
        }

        @Test
        void digestMatchesOnlyTheDescriptorWithTheSameSizeAndHash() throws Exception {
            PartDigest digest = new PartDigest(ATTACHMENT.length, sha256Hex(ATTACHMENT));
            assertThat(digest.matches(ATTACHMENT.length, sha256Hex(ATTACHMENT).toUpperCase())).isTrue();
            assertThat(digest.matches(ATTACHMENT.length - 1, sha256Hex(ATTACHMENT))).isFalse();
            assertThat(digest.matches(ATTACHMENT.length, sha256Hex(new byte[0]))).isFalse();
        }
    }

    @Nested
    class Refusals {

        private final Credential sender = NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256);
        private final Credential recipient = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);

        private byte[] sealedPart() throws SealingException {
            ByteArrayOutputStream sealed = new ByteArrayOutputStream();
            sealer.seal(new ByteArrayInputStream(ATTACHMENT), sealed, sender.certificate(), List.of(recipient.certificate()));
            return sealed.toByteArray();
        }

        @Test
        void oneFlippedCiphertextByteIsRefusedAsTampered() throws Exception {
            byte[] sealed = sealedPart();
            sealed[sealed.length / 2] ^= 0x01;

            assertThatThrownBy(() -> opener.open(new ByteArrayInputStream(sealed), OutputStream.nullOutputStream(),
                    recipient, "01KB0000000000000000000000/0"))
                    .isInstanceOfSatisfying(OpenRefusedException.class,
                            refused -> assertThat(refused.code()).isEqualTo(RefusalCode.TAMPERED))
                    .hasMessageContaining("01KB0000000000000000000000/0");
        }

        @Test
        void aFlippedTagByteIsRefusedAsTampered() throws Exception {
            byte[] sealed = sealedPart();
            // The 16-byte GCM tag is the last OCTET STRING before the end-of-contents octets of the BER encoding.
            int tagByte = lastIndexOfTag(sealed);
            sealed[tagByte] ^= 0x01;

            assertThatThrownBy(() -> opener.open(new ByteArrayInputStream(sealed), OutputStream.nullOutputStream(),
                    recipient, "part"))
                    .isInstanceOfSatisfying(OpenRefusedException.class,
                            refused -> assertThat(refused.code()).isEqualTo(RefusalCode.TAMPERED));
        }

        @Test
        void anOfficeThePartWasNotSealedToIsNotARecipient() throws Exception {
            byte[] sealed = sealedPart();
            Credential other = NETWORK.encryption(TACHILEIK, KeyAlgorithm.EC_P256);

            assertThatThrownBy(() -> opener.open(new ByteArrayInputStream(sealed), OutputStream.nullOutputStream(),
                    other, "part"))
                    .isInstanceOfSatisfying(OpenRefusedException.class,
                            refused -> assertThat(refused.code()).isEqualTo(RefusalCode.NOT_A_RECIPIENT));
        }

        @Test
        void aTruncatedPartIsRefused() throws Exception {
            byte[] sealed = sealedPart();
            byte[] truncated = java.util.Arrays.copyOf(sealed, sealed.length - 40);

            assertThatThrownBy(() -> opener.open(new ByteArrayInputStream(truncated), OutputStream.nullOutputStream(),
                    recipient, "part"))
                    .isInstanceOf(OpenRefusedException.class);
        }

        @Test
        void bytesThatAreNoCmsAtAllAreMalformed() {
            assertThatThrownBy(() -> opener.open(new ByteArrayInputStream(randomBytes(5000, 3)),
                    OutputStream.nullOutputStream(), recipient, "part"))
                    .isInstanceOfSatisfying(OpenRefusedException.class,
                            refused -> assertThat(refused.code()).isEqualTo(RefusalCode.MALFORMED));
        }

        /** Position of the first content byte of the GCM tag: the last OCTET STRING of length 16. */
        private static int lastIndexOfTag(byte[] sealed) {
            for (int i = sealed.length - 18; i >= 0; i--) {
                if (sealed[i] == 0x04 && sealed[i + 1] == 0x10) {
                    return i + 2;
                }
            }
            throw new AssertionError("no 16-byte OCTET STRING found");
        }
    }

    @Nested
    class Memory {

        private static final long TWENTY_MB = 20L * 1024 * 1024;
        private static final long ALLOCATION_CEILING = 4L * 1024 * 1024;

        @TempDir
        Path directory;

        @Test
        void sealingAndOpeningTwentyMegabytesAllocatesFarLessThanTheAttachment() throws Exception {
            Credential sender = NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256);
            Credential recipient = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);
            Path sealedFile = directory.resolve("part.cms");
            warmUp(sender, recipient);

            long beforeSeal = allocatedBytes();
            PartDigest sealedDigest;
            try (InputStream content = new PseudoRandomStream(TWENTY_MB, 42);
                    OutputStream out = new BufferedOutputStream(Files.newOutputStream(sealedFile))) {
                sealedDigest = sealer.seal(content, out, sender.certificate(), List.of(recipient.certificate()));
            }
            long sealAllocation = allocatedBytes() - beforeSeal;

            long beforeOpen = allocatedBytes();
            PartDigest openedDigest;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(sealedFile))) {
                openedDigest = opener.open(in, OutputStream.nullOutputStream(), recipient, "part");
            }
            long openAllocation = allocatedBytes() - beforeOpen;

            assertThat(Files.size(sealedFile)).isGreaterThan(TWENTY_MB);
            assertThat(openedDigest).isEqualTo(sealedDigest);
            assertThat(openedDigest.sha256()).isEqualTo(sha256Hex(new PseudoRandomStream(TWENTY_MB, 42)));
            assertThat(sealAllocation).as("bytes allocated while sealing 20 MB").isLessThan(ALLOCATION_CEILING);
            assertThat(openAllocation).as("bytes allocated while opening 20 MB").isLessThan(ALLOCATION_CEILING);
        }

        /** Loads and initializes the classes involved, so the measurement counts the streaming only. */
        private void warmUp(Credential sender, Credential recipient) throws Exception {
            ByteArrayOutputStream sealed = new ByteArrayOutputStream();
            sealer.seal(new ByteArrayInputStream(ATTACHMENT), sealed, sender.certificate(), List.of(recipient.certificate()));
            opener.open(new ByteArrayInputStream(sealed.toByteArray()), OutputStream.nullOutputStream(), recipient, "warm-up");
        }

        private static long allocatedBytes() {
            return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                    .getCurrentThreadAllocatedBytes();
        }
    }

    /** A deterministic stream of pseudo-random bytes that never holds more than one buffer. */
    private static final class PseudoRandomStream extends InputStream {

        private final Random random;
        private long remaining;

        PseudoRandomStream(long length, long seed) {
            this.random = new Random(seed);
            this.remaining = length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining == 0) {
                return -1;
            }
            int count = (int) Math.min(length, remaining);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) random.nextInt(256);
            }
            remaining -= count;
            return count;
        }
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256Hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String sha256Hex(InputStream stream) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[65536];
        int read;
        while ((read = stream.read(buffer)) != -1) {
            digest.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

}
