package org.blohub.crypto.cms;

import org.blohub.crypto.pki.Credential;

/**
 * Whether a key held in a token can do its part in the accepted profiles, so that a node can refuse at start what
 * would otherwise fail at the first message: only ECDSA signing and ECDH opening (P-256, P-384) work from a token.
 */
public final class TokenKeyCheck {

    private TokenKeyCheck() {
    }

    public static boolean canSign(Credential signing) {
        return SignatureSchemes.standard().forSigner(signing).isPresent();
    }

    public static boolean canDecrypt(Credential encryption) {
        return RecipientSchemes.standard().forRecipient(encryption)
                .flatMap(scheme -> scheme.tokenRecipient(encryption)).isPresent();
    }
}
