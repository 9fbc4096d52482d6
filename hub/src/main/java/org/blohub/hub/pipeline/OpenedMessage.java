package org.blohub.hub.pipeline;

import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.crypto.cms.OpenedEnvelope;

/**
 * An arrived envelope once opened by one of this node's offices.
 *
 * @param office   the office of this node whose key opened it
 * @param message  the signed canonical message
 * @param envelope what the opener verified (signer, signing time)
 */
record OpenedMessage(String office, LiaisonMessage message, OpenedEnvelope envelope) {
}
