package org.blohub.hub.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.blohub.hub.registry.Office;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which offices' keys a node reads from a token, and what it refuses. The token is a real SoftHSM2 one, made once for
 * this class; the settings refusals need none.
 */
class OfficeKeysInTokensTest {

    private static final DevelopmentPki PKI = DevelopmentPki.create("Mekong", Clock.systemUTC());
    private static final Credential SIGNING = PKI.issueOfficeSigning("TH-CHIANGKHONG", KeyAlgorithm.EC_P256);
    private static final Credential ENCRYPTION = PKI.issueOfficeEncryption("TH-CHIANGKHONG", KeyAlgorithm.EC_P256);
    private static final Office CHIANG_KHONG = new Office("TH-CHIANGKHONG", "TH", "Chiang Khong BLO",
            SIGNING.certificate(), ENCRYPTION.certificate());
    private static final Office MAE_SAI = new Office("TH-MAESAI", "TH", "Mae Sai BLO",
            PKI.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256).certificate(),
            PKI.issueOfficeEncryption("TH-MAESAI", KeyAlgorithm.EC_P256).certificate());

    @TempDir
    static Path directory;

    private static SoftHsmToken token;

    @Nested
    class SettingsRefusals {

        @Test
        void refusesAnOfficeThisNodeDoesNotHostNamingTheHostedOnes() {
            assertRefused(List.of(office("LA-HOUAYXAY", validToken())),
                    "BLO-KEY-001 blo.node.offices[0].id: office LA-HOUAYXAY is not hosted by node TH");
        }

        @Test
        void refusesAnOfficeConfiguredTwice() {
            assertRefused(List.of(office("TH-MAESAI", validToken()), office("TH-MAESAI", validToken())),
                    "BLO-KEY-001 blo.node.offices[1].id: office TH-MAESAI is configured twice");
        }

        @Test
        void refusesAnEntryWithoutItsToken() {
            assertRefused(List.of(office("TH-MAESAI", null)), "BLO-KEY-001 blo.node.offices[0].keys.pkcs11 is not set");
        }

        @Test
        void refusesAnEntryWithoutAnOfficeId() {
            assertRefused(List.of(office(" ", validToken())), "BLO-KEY-001 blo.node.offices[0].id is not set");
        }

        @Test
        void readsNothingWhenNoOfficeIsListed() {
            assertThat(OfficeKeysInTokens.read("TH", List.of(CHIANG_KHONG), List.of())).isEmpty();
        }
    }

    /** The wrong PIN first: once the node has logged in, the library stays logged in for this JVM. */
    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class InASoftHsmToken {

        @Test
        void readsTheRegisteredKeysAsTokenHeldCredentials() throws Exception {
            List<OfficeKeys> keys = OfficeKeysInTokens.read("TH", List.of(CHIANG_KHONG),
                    List.of(office("TH-CHIANGKHONG", tokenWith(0, pinFile(), null))));

            assertThat(keys).singleElement().satisfies(officeKeys -> {
                assertThat(officeKeys.signing().certificate()).isEqualTo(SIGNING.certificate());
                assertThat(officeKeys.encryption().certificate()).isEqualTo(ENCRYPTION.certificate());
                assertThat(officeKeys.signing().keyProvider()).hasValueSatisfying(provider ->
                        assertThat(provider.getName()).startsWith("SunPKCS11-BLO-TH"));
                assertThat(officeKeys.signing().privateKey().getEncoded()).as("the key stays in the token").isNull();
            });
        }

        @Test
        @Order(1)
        void refusesAWrongPinNamingThePinFileButNeverThePin() throws Exception {
            pinFile();
            Path wrongPin = Files.writeString(directory.resolve("wrong-pin"), "31337");

            assertThatThrownBy(() -> OfficeKeysInTokens.read("TH", List.of(CHIANG_KHONG),
                    List.of(office("TH-CHIANGKHONG", tokenWith(0, wrongPin, null)))))
                    .isInstanceOf(NodeStartupException.class)
                    .hasMessageStartingWith("BLO-KEY-003 blo.node.offices[0].keys.pkcs11: the token refuses the PIN in "
                            + wrongPin)
                    .hasMessageNotContaining("31337");
        }

        @Test
        void refusesALabelWithoutAKeyListingTheLabelsThatAreThere() throws Exception {
            assertThatThrownBy(() -> OfficeKeysInTokens.read("TH", List.of(CHIANG_KHONG),
                    List.of(office("TH-CHIANGKHONG", tokenWith(0, pinFile(), "ck-sign")))))
                    .isInstanceOf(NodeStartupException.class)
                    .hasMessageStartingWith("BLO-KEY-004 blo.node.offices[0].keys.pkcs11: the token")
                    .hasMessageContaining("no private key with a certificate labelled 'ck-sign'")
                    .hasMessageContaining("TH-CHIANGKHONG-signing");
        }

        @Test
        void refusesKeysWhoseCertificateIsNotTheOneTheRegistryHas() throws Exception {
            Office reissued = new Office("TH-CHIANGKHONG", "TH", "Chiang Khong BLO",
                    PKI.issueOfficeSigning("TH-CHIANGKHONG", KeyAlgorithm.EC_P256).certificate(),
                    ENCRYPTION.certificate());

            assertThatThrownBy(() -> OfficeKeysInTokens.read("TH", List.of(reissued),
                    List.of(office("TH-CHIANGKHONG", tokenWith(0, pinFile(), null)))))
                    .isInstanceOf(NodeStartupException.class)
                    .hasMessageStartingWith("BLO-KEY-005 blo.node.offices[0].keys.pkcs11: the certificate labelled"
                            + " 'TH-CHIANGKHONG-signing' in the token")
                    .hasMessageContaining("is not the signing certificate the registry has for office TH-CHIANGKHONG");
        }

        @Test
        void refusesAKeyTypeThatCannotBeUsedFromAToken() throws Exception {
            pinFile();
            Credential rsaSigning = PKI.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.RSA_3072);
            Credential encryption = PKI.issueOfficeEncryption("TH-MAESAI", KeyAlgorithm.EC_P256);
            token.importKey("TH-MAESAI-signing", rsaSigning);
            token.importKey("TH-MAESAI-encryption", encryption);
            Office maeSai = new Office("TH-MAESAI", "TH", "Mae Sai BLO", rsaSigning.certificate(),
                    encryption.certificate());

            assertThatThrownBy(() -> OfficeKeysInTokens.read("TH", List.of(maeSai),
                    List.of(office("TH-MAESAI", tokenWith(0, pinFile(), null)))))
                    .isInstanceOf(NodeStartupException.class)
                    .hasMessageStartingWith("BLO-KEY-006 blo.node.offices[0].keys.pkcs11: the key labelled"
                            + " 'TH-MAESAI-signing' is a RSA key")
                    .hasMessageContaining("Keep this office's keys in the key files");
        }

        @Test
        void refusesASlotTheLibraryDoesNotHave() throws Exception {
            TokenSettings noSuchSlot = new TokenSettings(SoftHsmToken.LIBRARY, 4242L, null, pinFile(), null, null);

            assertThatThrownBy(() -> OfficeKeysInTokens.read("TH", List.of(CHIANG_KHONG),
                    List.of(office("TH-CHIANGKHONG", noSuchSlot))))
                    .isInstanceOf(NodeStartupException.class)
                    .hasMessageStartingWith("BLO-KEY-002 blo.node.offices[0].keys.pkcs11: cannot use the token")
                    .hasMessageContaining("CKR_SLOT_ID_INVALID")
                    .hasMessageContaining("check the library path and the slot");
        }
    }

    private static void assertRefused(List<NodeProperties.HostedOffice> offices, String message) {
        assertThatThrownBy(() -> OfficeKeysInTokens.read("TH", List.of(CHIANG_KHONG, MAE_SAI), offices))
                .isInstanceOf(NodeStartupException.class)
                .hasMessageStartingWith(message);
    }

    private static NodeProperties.HostedOffice office(String id, TokenSettings token) {
        return new NodeProperties.HostedOffice(id, new NodeProperties.HostedOfficeKeys(token));
    }

    /** Settings that pass the checks made before a token is opened. */
    private static TokenSettings validToken() {
        try {
            Path library = Files.writeString(directory.resolve("libtoken.so"), "not opened");
            return new TokenSettings(library, null, 0, Files.writeString(directory.resolve("any-pin"), "1"), null, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static TokenSettings tokenWith(int slotListIndex, Path pinFile, String signingLabel) {
        return new TokenSettings(SoftHsmToken.LIBRARY, null, slotListIndex, pinFile, signingLabel, null);
    }

    /** The PIN file of the class's token, made on first use with TH-CHIANGKHONG's keys in it. */
    private static synchronized Path pinFile() throws Exception {
        SoftHsmToken.assumeInstalled();
        if (token == null) {
            token = SoftHsmToken.initialize(directory, "blo-unit");
            token.importKey("TH-CHIANGKHONG-signing", SIGNING);
            token.importKey("TH-CHIANGKHONG-encryption", ENCRYPTION);
        }
        return token.pinFile();
    }
}
