package org.blohub.hub.web.oversight;

import java.time.Instant;
import java.util.Optional;
import org.blohub.hub.store.QuarantinedMessage;

/** A pending quarantine entry as the administrator sees it: reason and routing data, never its bytes. */
record QuarantineRow(long id, Instant receivedAt, String reasonCode, String reasonText, Optional<String> messageId,
        Optional<String> senderOffice, Optional<String> senderNode, int size) {

    static QuarantineRow of(QuarantinedMessage message) {
        var entry = message.entry();
        return new QuarantineRow(message.id(), entry.receivedAt(), entry.reasonCode(), entry.reasonText(),
                entry.messageId(), entry.senderOffice(), entry.senderNode(), entry.rawBytes().size());
    }
}
