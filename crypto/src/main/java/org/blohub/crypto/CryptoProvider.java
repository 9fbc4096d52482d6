package org.blohub.crypto;

import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle provider instance the crypto module hands to JCA and Bouncy Castle builders.
 * It is passed explicitly rather than registered globally, so the hub never depends on
 * provider order in {@link java.security.Security}.
 */
public final class CryptoProvider {

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private CryptoProvider() {
    }

    public static Provider bouncyCastle() {
        return BOUNCY_CASTLE;
    }
}
