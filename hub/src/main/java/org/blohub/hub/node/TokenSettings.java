package org.blohub.hub.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The PKCS#11 token holding one office's signing and decryption keys ({@code blo.node.offices[i].keys.pkcs11.*}),
 * read through Java's SunPKCS11 provider. The PIN is in a file of its own, never in the settings.
 *
 * @param library         the token's PKCS#11 module, e.g. {@code /usr/lib/softhsm/libsofthsm2.so}
 * @param slot            the token's slot id, as {@code softhsm2-util --show-slots} or {@code pkcs11-tool -L} print it
 * @param slotListIndex   instead of {@code slot}: the token's position in the module's slot list, from 0
 * @param pinFile         a file holding the user PIN (surrounding white space is ignored)
 * @param signingLabel    the label of the signing key and its certificate; {@code <office>-signing} if unset
 * @param encryptionLabel the label of the decryption key and its certificate; {@code <office>-encryption} if unset
 */
public record TokenSettings(Path library, Long slot, Integer slotListIndex, Path pinFile, String signingLabel,
        String encryptionLabel) {

    /** Logged and quoted in refusals: everything but the PIN, which is not here anyway. */
    @Override
    public String toString() {
        return "library " + library + ", " + slotDescription() + ", PIN file " + pinFile;
    }

    String signingLabel(String officeId) {
        return Optional.ofNullable(signingLabel).filter(label -> !label.isBlank()).orElse(officeId + "-signing");
    }

    String encryptionLabel(String officeId) {
        return Optional.ofNullable(encryptionLabel).filter(label -> !label.isBlank()).orElse(officeId + "-encryption");
    }

    /** Refuses settings that cannot work, naming the setting to fix; {@code prefix} is where they are configured. */
    void check(String prefix) {
        if (library == null) {
            throw refused(prefix + ".library is not set: give the token's PKCS#11 module, e.g."
                    + " /usr/lib/softhsm/libsofthsm2.so");
        }
        if (!Files.isRegularFile(library)) {
            throw refused(prefix + ".library: " + library + " does not exist; install the token's PKCS#11 module"
                    + " (SoftHSM2: apt-get install softhsm2) or correct the path");
        }
        if ((slot == null) == (slotListIndex == null)) {
            throw refused(prefix + ": set exactly one of .slot (the slot id) or .slot-list-index");
        }
        if (pinFile == null) {
            throw refused(prefix + ".pin-file is not set: give a file readable only by the node that holds the"
                    + " token's user PIN");
        }
        if (!Files.isReadable(pinFile)) {
            throw refused(prefix + ".pin-file: " + pinFile + " cannot be read");
        }
    }

    /** Whether this and {@code other} name the same token, which the node then opens once. */
    boolean sameTokenAs(TokenSettings other) {
        return library.equals(other.library) && slotDescription().equals(other.slotDescription());
    }

    /** The SunPKCS11 configuration, without the PIN: the provider logs in when the key store is loaded. */
    String providerConfiguration(String name) {
        return "--name=" + name + "\n"
                + "library=" + library.toAbsolutePath() + "\n"
                + (slot != null ? "slot=" + slot : "slotListIndex=" + slotListIndex) + "\n"
                // ECDH in the token derives a secret the provider must read back to run the CMS key derivation.
                + "attributes(generate,CKO_SECRET_KEY,CKK_GENERIC_SECRET)={\n"
                + "  CKA_SENSITIVE=false\n"
                + "  CKA_EXTRACTABLE=true\n"
                + "}\n";
    }

    private String slotDescription() {
        return slot != null ? "slot " + slot : "slot list index " + slotListIndex;
    }

    private static NodeStartupException refused(String problem) {
        return new NodeStartupException(TokenLogCodes.SETTINGS + " " + problem);
    }
}
