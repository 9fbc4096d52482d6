package org.blohub.hub.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenSettingsTest {

    private static final String PREFIX = "blo.node.offices[0].keys.pkcs11";

    @TempDir
    Path directory;

    private Path library;
    private Path pinFile;

    @BeforeEach
    void files() throws Exception {
        library = Files.writeString(directory.resolve("libtoken.so"), "not really a module");
        pinFile = Files.writeString(directory.resolve("pin"), "4711\n");
    }

    @Nested
    class Refusals {

        @Test
        void refusesMissingLibraryNamingTheSetting() {
            assertRefused(new TokenSettings(null, 1L, null, pinFile, null, null), PREFIX + ".library is not set");
        }

        @Test
        void refusesALibraryPathThatDoesNotExistNamingThePath() {
            Path absent = directory.resolve("absent.so");

            assertRefused(new TokenSettings(absent, 1L, null, pinFile, null, null),
                    PREFIX + ".library: " + absent + " does not exist");
        }

        @Test
        void refusesNeitherSlotNorSlotListIndex() {
            assertRefused(new TokenSettings(library, null, null, pinFile, null, null),
                    "set exactly one of .slot (the slot id) or .slot-list-index");
        }

        @Test
        void refusesBothSlotAndSlotListIndex() {
            assertRefused(new TokenSettings(library, 5L, 0, pinFile, null, null),
                    "set exactly one of .slot (the slot id) or .slot-list-index");
        }

        @Test
        void refusesAMissingPinFileSetting() {
            assertRefused(new TokenSettings(library, 5L, null, null, null, null), PREFIX + ".pin-file is not set");
        }

        @Test
        void refusesAPinFileTheNodeCannotRead() throws Exception {
            Path unreadable = directory.resolve("absent-pin");

            assertRefused(new TokenSettings(library, 5L, null, unreadable, null, null),
                    PREFIX + ".pin-file: " + unreadable + " cannot be read");
        }

        @Test
        void acceptsCompleteSettings() {
            new TokenSettings(library, null, 0, pinFile, null, null).check(PREFIX);
        }

        private void assertRefused(TokenSettings settings, String problem) {
            assertThatThrownBy(() -> settings.check(PREFIX))
                    .isInstanceOf(NodeStartupException.class)
                    .hasMessageStartingWith("BLO-KEY-001 ")
                    .hasMessageContaining(problem);
        }
    }

    @Nested
    class ProviderConfiguration {

        @Test
        void namesTheLibraryAndTheSlotIdButNotThePin() {
            String configuration = new TokenSettings(library, 1_619_115_673L, null, pinFile, null, null)
                    .providerConfiguration("BLO-TH-1");

            assertThat(configuration).contains("--name=BLO-TH-1\n", "library=" + library.toAbsolutePath() + "\n",
                    "slot=1619115673\n").doesNotContain("slotListIndex").doesNotContain("4711");
        }

        @Test
        void usesTheSlotListIndexWhenThatIsWhatIsSet() {
            assertThat(new TokenSettings(library, null, 2, pinFile, null, null).providerConfiguration("t"))
                    .contains("slotListIndex=2\n").doesNotContain("slot=");
        }

        @Test
        void letsTheProviderReadBackTheSecretAnEcdhInTheTokenDerives() {
            assertThat(new TokenSettings(library, null, 0, pinFile, null, null).providerConfiguration("t"))
                    .contains("attributes(generate,CKO_SECRET_KEY,CKK_GENERIC_SECRET)", "CKA_SENSITIVE=false",
                            "CKA_EXTRACTABLE=true");
        }
    }

    @Nested
    class Labels {

        @Test
        void defaultToTheOfficeIdAndThePurpose() {
            TokenSettings settings = new TokenSettings(library, null, 0, pinFile, null, " ");

            assertThat(settings.signingLabel("TH-MAESAI")).isEqualTo("TH-MAESAI-signing");
            assertThat(settings.encryptionLabel("TH-MAESAI")).isEqualTo("TH-MAESAI-encryption");
        }

        @Test
        void areTheConfiguredOnesWhenSet() {
            TokenSettings settings = new TokenSettings(library, null, 0, pinFile, "sign-1", "decrypt-1");

            assertThat(settings.signingLabel("TH-MAESAI")).isEqualTo("sign-1");
            assertThat(settings.encryptionLabel("TH-MAESAI")).isEqualTo("decrypt-1");
        }
    }

    @Test
    void twoOfficesOnTheSameLibraryAndSlotShareTheToken() {
        TokenSettings first = new TokenSettings(library, 7L, null, pinFile, null, null);

        assertThat(first.sameTokenAs(new TokenSettings(library, 7L, null, pinFile, "a", "b"))).isTrue();
        assertThat(first.sameTokenAs(new TokenSettings(library, 8L, null, pinFile, null, null))).isFalse();
        assertThat(first.sameTokenAs(new TokenSettings(library, null, 7, pinFile, null, null))).isFalse();
    }

    @Test
    void describesItselfWithoutThePin() {
        assertThat(new TokenSettings(library, 7L, null, pinFile, null, null).toString())
                .contains(library.toString(), "slot 7", pinFile.toString()).doesNotContain("4711");
    }
}
