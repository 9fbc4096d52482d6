package org.blohub.crypto.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SignedNoteTest {

    private static final String TEXT = "blohub.th/audit\n42\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n";

    private final SecureRandom random = new SecureRandom();
    private NoteSigner thailand;
    private NoteSigner laos;

    @BeforeEach
    void generateKeys() throws NoteException {
        thailand = NoteSigner.generate("blohub.th/audit", random);
        laos = NoteSigner.generate("blohub.la/audit", random);
    }

    @Nested
    class Verification {

        @Test
        void acceptsANoteSignedByEveryKnownKeyAndReportsEach() throws NoteException {
            String note = SignedNote.sign(TEXT, thailand, laos).encoded();
            VerifiedNote verified = verifierOf(thailand, laos).open(note);
            assertThat(verified.text()).isEqualTo(TEXT);
            assertThat(verified.verified()).extracting(signature -> signature.key().name())
                    .containsExactly("blohub.th/audit", "blohub.la/audit");
            assertThat(verified.verified()).allSatisfy(signature -> assertThat(signature.cosignedAt()).isEmpty());
        }

        @Test
        void ignoresSignaturesFromUnknownKeysWhenOneKnownSignatureVerifies() throws NoteException {
            String note = SignedNote.sign(TEXT, thailand, laos).encoded();
            VerifiedNote verified = verifierOf(laos).open(note);
            assertThat(verified.verified()).extracting(signature -> signature.key().name())
                    .containsExactly("blohub.la/audit");
            assertThat(verified.unknownSignatures()).extracting(NoteSignature::keyName)
                    .containsExactly("blohub.th/audit");
        }

        @Test
        void refusesANoteWithoutASignatureFromAKnownKey() throws NoteException {
            String note = SignedNote.sign(TEXT, thailand).encoded();
            assertThatExceptionOfType(NoteVerificationException.class)
                    .isThrownBy(() -> verifierOf(laos).open(note))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(NoteVerificationException.Reason.NO_KNOWN_SIGNATURE));
        }

        @Test
        void treatsAKeyWithAKnownNameButAnotherKeyIdAsUnknown() throws NoteException {
            NoteSigner impostor = NoteSigner.generate("blohub.th/audit", random);
            String note = SignedNote.sign(TEXT, impostor, laos).encoded();
            VerifiedNote verified = verifierOf(thailand, laos).open(note);
            assertThat(verified.unknownSignatures()).extracting(NoteSignature::keyId).containsExactly(impostor.keyId());
        }

        @Test
        void refusesTheWholeNoteWhenOneKnownKeySignatureIsBadEvenIfAnotherIsGood() throws NoteException {
            SignedNote good = SignedNote.sign(TEXT, thailand);
            byte[] forged = laos.sign(TEXT).signature();
            forged[10] ^= 1;
            String note = good.withSignature(new NoteSignature(laos.name(), laos.keyId(), forged)).encoded();
            assertThatExceptionOfType(NoteVerificationException.class)
                    .isThrownBy(() -> verifierOf(thailand, laos).open(note))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(NoteVerificationException.Reason.INVALID_SIGNATURE))
                    .withMessageContaining("blohub.la/audit+" + laos.keyId().hex());
        }

        @Test
        void refusesASignatureMadeOverOtherText() throws NoteException {
            NoteSignature overOtherText = thailand.sign("blohub.th/audit\n43\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
            String note = SignedNote.of(TEXT, List.of(overOtherText)).encoded();
            assertThatExceptionOfType(NoteVerificationException.class)
                    .isThrownBy(() -> verifierOf(thailand).open(note))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(NoteVerificationException.Reason.INVALID_SIGNATURE));
        }

        @Test
        void refusesAVerifierSetWithTwoKeysOfTheSameNameAndKeyId() {
            assertThatExceptionOfType(NoteFormatException.class)
                    .isThrownBy(() -> verifierOf(thailand, thailand))
                    .withMessageContaining("share name blohub.th/audit");
        }
    }

    @Nested
    class Keys {

        @Test
        void generatedSignerKeyStringRoundTripsToTheSameVerifierKey() throws NoteException {
            NoteSigner reloaded = NoteSigner.parse(thailand.signerKey());
            assertThat(reloaded.verifierKey()).isEqualTo(thailand.verifierKey());
            assertThat(NoteVerifierKey.parse(thailand.verifierKey().encoded())).isEqualTo(thailand.verifierKey());
            assertThat(thailand.signerKey()).startsWith("PRIVATE+KEY+blohub.th/audit+" + thailand.keyId().hex() + "+");
        }

        @Test
        void refusesKeyNamesWithSpacesPlusSignsOrNothing() {
            for (String name : List.of("", "blo hub", "blo+hub", "blo\u00a0hub", "blo\u2003hub", "blo\thub")) {
                assertThatExceptionOfType(NoteFormatException.class).as("name %s", name)
                        .isThrownBy(() -> NoteSigner.generate(name, random));
            }
        }

        @Test
        void acceptsKeyNamesWithCharactersBeyondTheBasicPlane() throws NoteException {
            NoteSigner signer = NoteSigner.generate("blohub.th/\uD836\uDC00", random);
            NoteVerifierKey reparsed = NoteVerifierKey.parse(signer.verifierKey().encoded());
            assertThat(new NoteVerifier(List.of(reparsed)).open(SignedNote.sign(TEXT, signer).encoded()).verified())
                    .hasSize(1);
        }

        @Test
        void refusesAVerifierKeyWhoseKeyIdDoesNotMatchItsKey() {
            String vkey = thailand.verifierKey().encoded();
            String wrongId = vkey.replace("+" + thailand.keyId().hex() + "+", "+00000000+");
            assertThatExceptionOfType(NoteFormatException.class)
                    .isThrownBy(() -> NoteVerifierKey.parse(wrongId))
                    .withMessageContaining("claims key ID 00000000");
        }

        @Test
        void refusesAVerifierKeyOfAnUnsupportedSignatureType() {
            byte[] material = new byte[33];
            material[0] = 0x02;
            String vkey = "example.com/ecdsa+01020304+" + Base64.getEncoder().encodeToString(material);
            assertThatExceptionOfType(NoteFormatException.class)
                    .isThrownBy(() -> NoteVerifierKey.parse(vkey))
                    .withMessageContaining("unsupported signature type 0x02");
        }

        @Test
        void refusesAVerifierKeyWithAlteredKeyMaterialOrAMissingPart() {
            String vkey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
            String altered = vkey.substring(0, vkey.length() - 1) + "X";
            assertThatExceptionOfType(NoteFormatException.class).isThrownBy(() -> NoteVerifierKey.parse(altered));
            assertThatExceptionOfType(NoteFormatException.class)
                    .isThrownBy(() -> NoteVerifierKey.parse("PeterNeumann+c74f20a3"));
        }
    }

    @Nested
    class Format {

        @Test
        void encodesTextBlankLineAndOneEmDashLinePerSignature() throws NoteException {
            NoteSignature signature = thailand.sign(TEXT);
            String encoded = SignedNote.of(TEXT, List.of(signature)).encoded();
            byte[] payload = Base64.getDecoder().decode(encoded.substring(encoded.lastIndexOf(' ') + 1).strip());
            assertThat(encoded).startsWith(TEXT + "\n\u2014 blohub.th/audit ").endsWith("\n");
            assertThat(payload).hasSize(4 + 64).startsWith(thailand.keyId().bytes());
        }

        @Test
        void refusesToSignTextThatDoesNotEndInANewline() {
            assertThatExceptionOfType(NoteFormatException.class)
                    .isThrownBy(() -> SignedNote.sign("no newline", thailand))
                    .withMessage("note text must end with a newline");
        }

        @Test
        void splitsTextFromSignaturesAtTheLastBlankLine() throws NoteException {
            String text = "first paragraph\n\nsecond paragraph\n";
            SignedNote parsed = SignedNote.parse(SignedNote.sign(text, thailand).encoded());
            assertThat(parsed.text()).isEqualTo(text);
            assertThat(verifierOf(thailand).verify(parsed).text()).isEqualTo(text);
        }

        @Test
        void refusesMalformedNotes() throws NoteException {
            String line = thailand.sign(TEXT).line();
            List<String> malformed = List.of(
                    TEXT + line,
                    TEXT + "\n",
                    TEXT + "\n" + line.replace("\u2014", "-"),
                    TEXT + "\n" + line.strip(),
                    TEXT + "\n" + line.replace(" blohub.th/audit ", " blohub.th/audit"),
                    TEXT.replace("42", "4\u00012") + "\n" + line,
                    TEXT + "\n" + line.replace("=\n", "\n"));
            for (String note : malformed) {
                assertThatExceptionOfType(NoteFormatException.class).as(note)
                        .isThrownBy(() -> SignedNote.parse(note));
            }
        }

        @Test
        void refusesInvalidUtf8() {
            byte[] note = (TEXT + "\n\u2014 a AAAAAAA=\n").getBytes(StandardCharsets.UTF_8);
            note[2] = (byte) 0xC3;
            assertThatExceptionOfType(NoteFormatException.class)
                    .isThrownBy(() -> SignedNote.parse(note))
                    .withMessage("signed note is not valid UTF-8");
        }

        @Test
        void refusesMoreThanOneHundredSignatures() throws NoteException {
            String line = thailand.sign(TEXT).line();
            String note = TEXT + "\n" + line.repeat(SignedNote.MAX_SIGNATURES + 1);
            assertThatExceptionOfType(NoteFormatException.class)
                    .isThrownBy(() -> SignedNote.parse(note))
                    .withMessageContaining("more than 100");
            assertThat(SignedNote.parse(TEXT + "\n" + line.repeat(16)).signatures()).hasSize(16);
        }
    }

    private static NoteVerifier verifierOf(NoteSigner... signers) throws NoteFormatException {
        return new NoteVerifier(java.util.Arrays.stream(signers).map(NoteSigner::verifierKey).toList());
    }
}
