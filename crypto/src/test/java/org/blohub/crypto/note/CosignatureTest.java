package org.blohub.crypto.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CosignatureTest {

    /** The checkpoint and time of the c2sp.org/tlog-cosignature signed-message example. */
    private static final String SPEC_CHECKPOINT = "example.com/behind-the-sofa\n20852163\n"
            + "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";
    private static final String SPEC_SIGNED_MESSAGE = "cosignature/v1\ntime 1679315147\n" + SPEC_CHECKPOINT;
    private static final Instant SPEC_TIME = Instant.ofEpochSecond(1_679_315_147L);

    private final SecureRandom random = new SecureRandom();
    private NoteSigner log;
    private Cosigner witness;
    private Checkpoint checkpoint;

    @BeforeEach
    void setUp() throws NoteException {
        log = NoteSigner.generate("example.com/behind-the-sofa", random);
        witness = Cosigner.generate("blohub.la/witness", random);
        checkpoint = Checkpoint.parse(SPEC_CHECKPOINT);
    }

    @Nested
    class WireFormat {

        @Test
        void lineCarriesKeyIdThenBigEndianTimestampThenEd25519SignatureOverTheSpecifiedMessage() throws Exception {
            NoteSignature cosignature = witness.cosign(checkpoint, SPEC_TIME.plusMillis(999));
            String line = cosignature.line();
            assertThat(line).startsWith("\u2014 blohub.la/witness ").endsWith("\n");
            byte[] payload = Base64.getDecoder().decode(line.substring(line.lastIndexOf(' ') + 1).strip());
            assertThat(payload).hasSize(4 + 8 + 64);

            byte[] publicKey = witness.verifierKey().publicKey();
            assertThat(Arrays.copyOfRange(payload, 0, 4)).isEqualTo(expectedKeyId("blohub.la/witness", publicKey));
            assertThat(ByteBuffer.wrap(payload, 4, 8).getLong()).isEqualTo(1_679_315_147L);
            assertThat(jdkEd25519Verifies(publicKey, SPEC_SIGNED_MESSAGE.getBytes(StandardCharsets.UTF_8),
                    Arrays.copyOfRange(payload, 12, 76))).isTrue();
        }

        @Test
        void verifierKeyUsesSignatureType4() throws NoteException {
            String vkey = witness.verifierKey().encoded();
            byte[] material = Base64.getDecoder().decode(vkey.split("\\+", 3)[2]);
            assertThat(material[0]).isEqualTo((byte) 0x04);
            assertThat(vkey).startsWith("blohub.la/witness+" + HexFormat.of().formatHex(
                    expectedKeyId("blohub.la/witness", witness.verifierKey().publicKey())) + "+");
            assertThat(NoteVerifierKey.parse(vkey).type()).isEqualTo(SignatureType.ED25519_COSIGNATURE);
        }

        @Test
        void signerKeyStringRoundTripsAndIsNotANoteSigningKey() throws NoteException {
            Cosigner reloaded = Cosigner.parse(witness.signerKey());
            assertThat(reloaded.verifierKey()).isEqualTo(witness.verifierKey());
            assertThatExceptionOfType(NoteFormatException.class).isThrownBy(() -> NoteSigner.parse(witness.signerKey()));
            assertThatExceptionOfType(NoteFormatException.class).isThrownBy(() -> Cosigner.parse(log.signerKey()));
        }
    }

    @Nested
    class Verification {

        @Test
        void logSignatureAndCosignatureBothVerifyAndTheCosignatureReportsItsTime() throws NoteException {
            SignedNote cosigned = witness.cosign(SignedNote.sign(checkpoint.body(), log), SPEC_TIME);
            VerifiedNote verified = new NoteVerifier(List.of(log.verifierKey(), witness.verifierKey()))
                    .open(cosigned.encoded());
            assertThat(verified.verified()).hasSize(2);
            assertThat(verified.verified().get(0).cosignedAt()).isEmpty();
            assertThat(verified.verified().get(1).key().name()).isEqualTo("blohub.la/witness");
            assertThat(verified.verified().get(1).cosignedAt()).contains(SPEC_TIME);
            assertThat(Checkpoint.parse(verified.text())).isEqualTo(checkpoint);
        }

        @Test
        void refusesACosignatureWhoseTimestampWasChanged() throws NoteException {
            byte[] payload = witness.cosign(checkpoint, SPEC_TIME).signature();
            ByteBuffer.wrap(payload).putLong(1_679_315_148L);
            SignedNote tampered = SignedNote.sign(checkpoint.body(), log)
                    .withSignature(new NoteSignature(witness.name(), witness.keyId(), payload));
            assertThatExceptionOfType(NoteVerificationException.class)
                    .isThrownBy(() -> new NoteVerifier(List.of(witness.verifierKey())).verify(tampered))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(NoteVerificationException.Reason.INVALID_SIGNATURE))
                    .withMessageContaining("cosignature/v1");
        }

        @Test
        void refusesACosignatureOverAnotherCheckpoint() throws NoteException {
            Checkpoint later = Checkpoint.of(checkpoint.origin(), checkpoint.treeSize() + 1, checkpoint.rootHash());
            SignedNote mixed = SignedNote.sign(checkpoint.body(), log).withSignature(witness.cosign(later, SPEC_TIME));
            assertThatExceptionOfType(NoteVerificationException.class)
                    .isThrownBy(() -> new NoteVerifier(List.of(witness.verifierKey())).verify(mixed))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(NoteVerificationException.Reason.INVALID_SIGNATURE));
        }

        @Test
        void aCosignatureDoesNotPassAsAPlainNoteSignatureOfTheSameKey() throws NoteException {
            NoteVerifierKey sameKeyAsNoteKey = NoteVerifierKey.of(
                    witness.name(), SignatureType.ED25519, witness.verifierKey().publicKey());
            SignedNote cosigned = SignedNote.of(checkpoint.body(), List.of(witness.cosign(checkpoint, SPEC_TIME)));
            assertThat(sameKeyAsNoteKey.keyId()).isNotEqualTo(witness.keyId());
            assertThatExceptionOfType(NoteVerificationException.class)
                    .isThrownBy(() -> new NoteVerifier(List.of(sameKeyAsNoteKey)).verify(cosigned))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(NoteVerificationException.Reason.NO_KNOWN_SIGNATURE));
        }

        @Test
        void refusesACosignaturePayloadOfTheWrongLength() throws NoteException {
            byte[] payload = witness.cosign(checkpoint, SPEC_TIME).signature();
            SignedNote truncated = SignedNote.of(checkpoint.body(), List.of(
                    new NoteSignature(witness.name(), witness.keyId(), Arrays.copyOf(payload, 71))));
            assertThatExceptionOfType(NoteVerificationException.class)
                    .isThrownBy(() -> new NoteVerifier(List.of(witness.verifierKey())).verify(truncated))
                    .withMessageContaining("71 bytes after the key ID");
        }

        @Test
        void refusesToCosignANoteThatIsNotACheckpoint() throws NoteException {
            SignedNote prose = SignedNote.sign("just some text\n", log);
            assertThatExceptionOfType(NoteFormatException.class).isThrownBy(() -> witness.cosign(prose, SPEC_TIME));
        }
    }

    /** SHA-256(name || 0x0A || 0x04 || key)[:4], computed with the JDK as the specification states it. */
    private static byte[] expectedKeyId(String name, byte[] publicKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(name.getBytes(StandardCharsets.UTF_8));
            sha256.update(new byte[] {0x0A, 0x04});
            sha256.update(publicKey);
            return Arrays.copyOf(sha256.digest(), 4);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** Verifies with the JDK's own Ed25519 (SunEC), independent of the Bouncy Castle code under test. */
    private static boolean jdkEd25519Verifies(byte[] rawPublicKey, byte[] message, byte[] signature)
            throws GeneralSecurityException {
        byte[] spki = ByteBuffer.allocate(12 + 32).put(HexFormat.of().parseHex("302a300506032b6570032100"))
                .put(rawPublicKey).array();
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(message);
        return verifier.verify(signature);
    }
}
