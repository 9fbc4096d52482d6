package org.blohub.crypto.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blohub.crypto.cms.TestNetwork.HOUAYXAY;
import static org.blohub.crypto.cms.TestNetwork.MAE_SAI;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.security.Security;
import java.util.List;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A credential whose key operations must go through another provider than Bouncy Castle, as for a key in a PKCS#11
 * token. The JDK's SunEC provider stands in for the token here: it offers what a token offers (ECDSA and plain ECDH,
 * none of Bouncy Castle's "ECDH with KDF" algorithms). The hub's SoftHSM test runs the same path with a real token.
 */
class TokenHeldKeysTest {

    private static final byte[] CONTENT = "{\"kind\":\"REQUEST\",\"subject\":\"pickup check\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final TestNetwork NETWORK = TestNetwork.shared();
    private static final Provider TOKEN = Security.getProvider("SunEC");

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = KeyAlgorithm.class, names = {"EC_P256", "EC_P384"})
    void aSignatureMadeThroughTheTokenProviderVerifiesForTheRecipient(KeyAlgorithm keyType) throws Exception {
        Credential signing = inToken(NETWORK.signing(MAE_SAI, keyType));
        Credential recipient = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);

        byte[] envelope = TestNetwork.sealer().seal(CONTENT, signing, NETWORK.encryption(MAE_SAI,
                KeyAlgorithm.EC_P256).certificate(), List.of(recipient.certificate()));

        OpenedEnvelope opened = NETWORK.opener().open(envelope, recipient, "token-signed");
        assertThat(opened.content()).isEqualTo(CONTENT);
        assertThat(opened.signerCertificate()).isEqualTo(signing.certificate());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = KeyAlgorithm.class, names = {"EC_P256", "EC_P384"})
    void aRecipientWhoseKeyAgreementRunsInTheTokenOpensTheEnvelope(KeyAlgorithm keyType) throws Exception {
        Credential signing = NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256);
        Credential recipient = inToken(NETWORK.encryption(HOUAYXAY, keyType));

        byte[] envelope = TestNetwork.sealer().seal(CONTENT, signing, NETWORK.encryption(MAE_SAI,
                KeyAlgorithm.EC_P256).certificate(), List.of(recipient.certificate()));

        assertThat(NETWORK.opener().open(envelope, recipient, "token-recipient").content()).isEqualTo(CONTENT);
    }

    @Test
    void aRecipientWhoseKeyIsInTheTokenStreamsAnAttachmentPart() throws Exception {
        Credential recipient = inToken(NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256));
        byte[] attachment = new byte[200_000];
        new java.util.Random(3).nextBytes(attachment);
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        PartDigest digest = new PartSealer().seal(new ByteArrayInputStream(attachment), sealed,
                NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256).certificate(), List.of(recipient.certificate()));

        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
        PartDigest opened = new PartOpener().open(new ByteArrayInputStream(sealed.toByteArray()), plaintext, recipient,
                "token-part");

        assertThat(plaintext.toByteArray()).isEqualTo(attachment);
        assertThat(opened).isEqualTo(digest);
    }

    @Test
    void aTokenKeyThatIsNotTheCertifiedOneIsRefusedAsAFailedUnwrap() throws Exception {
        Credential genuine = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);
        Credential wrongKey = Credential.inToken(TOKEN, NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256).privateKey(),
                genuine.certificate(), genuine.chain());
        byte[] envelope = TestNetwork.sealer().seal(CONTENT, NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256),
                NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256).certificate(), List.of(genuine.certificate()));

        assertThatThrownBy(() -> NETWORK.opener().open(envelope, wrongKey, "wrong-token-key"))
                .isInstanceOf(OpenRefusedException.class)
                .satisfies(refusal -> assertThat(((OpenRefusedException) refusal).code()).isEqualTo(RefusalCode.TAMPERED));
    }

    @Test
    void aTokenKeyOfATypeNoTokenSchemeCoversIsRefusedWhenSealing() {
        Credential ed25519 = inToken(NETWORK.signing(MAE_SAI, KeyAlgorithm.ED25519));

        assertThatThrownBy(() -> TestNetwork.sealer().seal(CONTENT, ed25519,
                NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256).certificate(), List.of()))
                .isInstanceOf(SealingException.class)
                .hasMessageContaining("no signature scheme")
                .hasMessageContaining("in token SunEC");
    }

    @Test
    void onlyEcKeysOnTheDefaultCurvesPassTheTokenKeyCheck() {
        assertThat(TokenKeyCheck.canSign(inToken(NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P384)))).isTrue();
        assertThat(TokenKeyCheck.canDecrypt(inToken(NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256)))).isTrue();
        assertThat(TokenKeyCheck.canSign(inToken(NETWORK.signing(MAE_SAI, KeyAlgorithm.ED25519)))).isFalse();
        assertThat(TokenKeyCheck.canSign(inToken(NETWORK.signing(MAE_SAI, KeyAlgorithm.RSA_3072)))).isFalse();
        assertThat(TokenKeyCheck.canDecrypt(inToken(NETWORK.encryption(MAE_SAI, KeyAlgorithm.X25519)))).isFalse();
        assertThat(TokenKeyCheck.canDecrypt(inToken(NETWORK.encryption(MAE_SAI, KeyAlgorithm.RSA_3072)))).isFalse();
    }

    private static Credential inToken(Credential software) {
        return Credential.inToken(TOKEN, software.privateKey(), software.certificate(), software.chain());
    }
}
