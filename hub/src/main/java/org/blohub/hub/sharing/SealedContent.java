package org.blohub.hub.sharing;

import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.LiaisonMessageFormatException;
import org.blohub.adapters.canonical.LiaisonMessageJson;
import org.blohub.crypto.cms.OpenRefusedException;
import org.blohub.crypto.cms.Opener;
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.node.OfficeKeys;
import org.blohub.hub.store.ImmutableBytes;
import org.springframework.stereotype.Component;

/** Opens a sealed envelope an office of this node can read, verifying it again, into its canonical message. */
@Component
class SealedContent {

    private final Opener opener;
    private final OfficeKeyring keyring;
    private final LiaisonMessageJson json;

    SealedContent(Opener opener, OfficeKeyring keyring, LiaisonMessageJson json) {
        this.opener = opener;
        this.keyring = keyring;
        this.json = json;
    }

    /** @throws SharingException when the office is not hosted here or the envelope no longer opens or parses */
    LiaisonMessage open(String office, ImmutableBytes envelope, String messageId) {
        OfficeKeys keys = keyring.keysOf(office).orElseThrow(() -> SharingException.conflict(
                "office " + office + " is not hosted by this node"));
        try {
            return json.fromJson(opener.open(envelope.toByteArray(), keys.encryption(), messageId).content());
        } catch (OpenRefusedException | LiaisonMessageFormatException e) {
            throw SharingException.conflict("message " + messageId + " cannot be opened for " + office + ": "
                    + e.getMessage(), e);
        }
    }
}
