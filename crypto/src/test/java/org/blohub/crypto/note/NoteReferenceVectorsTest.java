package org.blohub.crypto.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Published examples: the PeterNeumann key and notes from the golang.org/x/mod/sumdb/note package
 * documentation (sumdb/note/note.go), and the examples of c2sp.org/signed-note and c2sp.org/tlog-checkpoint.
 */
class NoteReferenceVectorsTest {

    private static final String PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String PETER_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String PETER_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String PETER_NOTE = PETER_TEXT
            + "\n"
            + "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    private static final String PETER_AND_ENOCH_NOTE = PETER_NOTE
            + "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

    private static final String C2SP_VKEY = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
    private static final String C2SP_NOTE = "This is an example message.\n"
            + "\n"
            + "\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

    private static final String C2SP_CHECKPOINT = "example.com/behind-the-sofa\n"
            + "20852163\n"
            + "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
            + "\n"
            + "\u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n";

    @Nested
    class GoSumdbNoteExample {

        @Test
        void verifierKeyParsesIntoNameKeyIdAndEd25519Type() throws NoteException {
            NoteVerifierKey key = NoteVerifierKey.parse(PETER_VKEY);
            assertThat(key.name()).isEqualTo("PeterNeumann");
            assertThat(key.keyId().hex()).isEqualTo("c74f20a3");
            assertThat(key.type()).isEqualTo(SignatureType.ED25519);
            assertThat(key.encoded()).isEqualTo(PETER_VKEY);
        }

        @Test
        void signerKeyYieldsThePublishedVerifierKeyAndRoundTrips() throws NoteException {
            NoteSigner signer = NoteSigner.parse(PETER_SKEY);
            assertThat(signer.verifierKey().encoded()).isEqualTo(PETER_VKEY);
            assertThat(signer.signerKey()).isEqualTo(PETER_SKEY);
        }

        @Test
        void publishedSignedNoteVerifies() throws NoteException {
            VerifiedNote note = new NoteVerifier(List.of(NoteVerifierKey.parse(PETER_VKEY))).open(PETER_NOTE);
            assertThat(note.text()).isEqualTo(PETER_TEXT);
            assertThat(note.verified()).extracting(signature -> signature.key().name()).containsExactly("PeterNeumann");
            assertThat(note.unknownSignatures()).isEmpty();
        }

        @Test
        void signingThePublishedTextWithThePublishedKeyGivesTheIdenticalNote() throws NoteException {
            SignedNote note = SignedNote.sign(PETER_TEXT, NoteSigner.parse(PETER_SKEY));
            assertThat(note.encoded()).isEqualTo(PETER_NOTE);
        }

        @Test
        void changingOneCharacterOfTheTextBreaksVerification() throws NoteException {
            NoteVerifier verifier = new NoteVerifier(List.of(NoteVerifierKey.parse(PETER_VKEY)));
            String altered = PETER_NOTE.replace("answer", "anzwer");
            assertThatExceptionOfType(NoteVerificationException.class)
                    .isThrownBy(() -> verifier.open(altered))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(NoteVerificationException.Reason.INVALID_SIGNATURE))
                    .withMessageContaining("PeterNeumann+c74f20a3");
        }

        @Test
        void doublySignedExampleVerifiesWithTheSignatureOfTheUnknownKeyIgnored() throws NoteException {
            VerifiedNote note = new NoteVerifier(List.of(NoteVerifierKey.parse(PETER_VKEY))).open(PETER_AND_ENOCH_NOTE);
            assertThat(note.verified()).hasSize(1);
            assertThat(note.unknownSignatures()).extracting(NoteSignature::keyName).containsExactly("EnochRoot");
        }

        @Test
        void parsedNoteReEncodesByteForByte() throws NoteException {
            assertThat(SignedNote.parse(PETER_AND_ENOCH_NOTE).encoded()).isEqualTo(PETER_AND_ENOCH_NOTE);
        }
    }

    @Nested
    class C2spExamples {

        @Test
        void signedNoteSpecificationExampleVerifies() throws NoteException {
            VerifiedNote note = new NoteVerifier(List.of(NoteVerifierKey.parse(C2SP_VKEY))).open(C2SP_NOTE);
            assertThat(note.text()).isEqualTo("This is an example message.\n");
        }

        @Test
        void checkpointSpecificationExampleParses() throws NoteException {
            SignedNote note = SignedNote.parse(C2SP_CHECKPOINT);
            Checkpoint checkpoint = Checkpoint.parse(note.text());
            assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
            assertThat(checkpoint.treeSize()).isEqualTo(20_852_163L);
            assertThat(HexFormat.of().formatHex(checkpoint.rootHash()))
                    .isEqualTo("0ac5186a91863e8e1d90c808014aa89bf5da8e3ee1d9f07630f0378f68f1ab62");
            assertThat(checkpoint.extensions()).isEmpty();
            assertThat(checkpoint.body()).isEqualTo(note.text());
            assertThat(note.signatures()).singleElement().satisfies(signature -> {
                assertThat(signature.keyName()).isEqualTo("example.com/behind-the-sofa");
                assertThat(signature.keyId().hex()).isEqualTo("033de0ae");
                assertThat(signature.signature()).hasSize(64);
            });
        }
    }
}
