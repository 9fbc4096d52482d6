package org.blohub.hub.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import javax.security.auth.login.FailedLoginException;

import org.blohub.crypto.pki.Credential;

/**
 * A PKCS#11 token the node is logged in to: its own SunPKCS11 provider instance, which signs and agrees keys with
 * the private keys that never leave the token, and the key store listing the keys by label.
 */
final class OpenedToken {

    private final TokenSettings settings;
    private final Provider provider;
    private final KeyStore keyStore;

    private OpenedToken(TokenSettings settings, Provider provider, KeyStore keyStore) {
        this.settings = settings;
        this.provider = provider;
        this.keyStore = keyStore;
    }

    /**
     * Loads the library and logs in with the PIN from the PIN file.
     *
     * @param name   a name for the provider instance, unique in this JVM
     * @param prefix where the settings are configured, quoted in refusals
     */
    static OpenedToken open(TokenSettings settings, String name, String prefix) {
        Provider provider;
        try {
            provider = Security.getProvider("SunPKCS11").configure(settings.providerConfiguration(name));
        } catch (ProviderException | IllegalArgumentException e) {
            throw new NodeStartupException(TokenLogCodes.LIBRARY + " " + prefix + ": cannot use the token ("
                    + settings + "): " + deepestMessage(e) + "; check the library path and the slot", e);
        }
        char[] pin = readPin(settings, prefix);
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS11", provider);
            keyStore.load(null, pin);
            return new OpenedToken(settings, provider, keyStore);
        } catch (IOException | GeneralSecurityException | ProviderException e) {
            String reason = causedByFailedLogin(e)
                    ? "the token refuses the PIN in " + settings.pinFile() + "; correct the PIN file"
                    : "cannot log in (" + settings + "): " + deepestMessage(e);
            throw new NodeStartupException(TokenLogCodes.LOGIN + " " + prefix + ": " + reason, e);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /** The key and certificate chain under this label. */
    Credential credential(String label, String prefix) {
        try {
            if (!keyStore.isKeyEntry(label)) {
                throw noKey(label, prefix);
            }
            PrivateKey key = (PrivateKey) keyStore.getKey(label, null);
            Certificate[] stored = Optional.ofNullable(keyStore.getCertificateChain(label))
                    .filter(certificates -> certificates.length > 0)
                    .orElseThrow(() -> noKey(label, prefix));
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : stored) {
                chain.add((X509Certificate) certificate);
            }
            return Credential.inToken(provider, key, chain.get(0), chain);
        } catch (GeneralSecurityException e) {
            throw new NodeStartupException(TokenLogCodes.NO_KEY + " " + prefix + ": cannot read the key labelled '"
                    + label + "' from the token (" + settings + "): " + deepestMessage(e), e);
        }
    }

    private NodeStartupException noKey(String label, String prefix) {
        String labels;
        try {
            labels = Collections.list(keyStore.aliases()).toString();
        } catch (GeneralSecurityException e) {
            labels = "(its labels cannot be listed: " + deepestMessage(e) + ")";
        }
        return new NodeStartupException(TokenLogCodes.NO_KEY + " " + prefix + ": the token (" + settings
                + ") has no private key with a certificate labelled '" + label + "'; it has " + labels
                + ". Import the key and certificate under that label (docs/pkcs11.md) or set the label");
    }

    TokenSettings settings() {
        return settings;
    }

    private static char[] readPin(TokenSettings settings, String prefix) {
        try {
            return Files.readString(settings.pinFile(), StandardCharsets.UTF_8).strip().toCharArray();
        } catch (IOException e) {
            throw new NodeStartupException(TokenLogCodes.LOGIN + " " + prefix + ".pin-file: cannot read "
                    + settings.pinFile(), e);
        }
    }

    private static boolean causedByFailedLogin(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FailedLoginException) {
                return true;
            }
        }
        return false;
    }

    /** The PKCS#11 return code (e.g. CKR_SLOT_ID_INVALID) is usually at the bottom of the chain. */
    private static String deepestMessage(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null) {
            deepest = deepest.getCause();
        }
        return Optional.ofNullable(deepest.getMessage()).orElse(deepest.getClass().getSimpleName());
    }
}
