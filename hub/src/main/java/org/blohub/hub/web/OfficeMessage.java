package org.blohub.hub.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.hub.api.MessageDetail;
import org.blohub.hub.api.MessageView;

/**
 * One message of the officer's office as the pages show it: routing header and status, the decrypted content when
 * it opened, the signer and whether the signature and certificate verified, and the receipts.
 *
 * @param inbound true when the office received it, false when it sent it
 */
public record OfficeMessage(MessageDetail detail, Optional<LiaisonMessage> content, boolean inbound) {

    public MessageView view() {
        return detail.message();
    }

    public String id() {
        return detail.message().messageId();
    }

    public String subject() {
        return content.map(LiaisonMessage::subject).orElse("");
    }

    /** Whether the signature and the signer's certificate path verified when the envelope was opened for this page. */
    public boolean signatureValid() {
        return content.isPresent();
    }

    /** Why the envelope did not open or verify, as the opener said it (technical, not translated). */
    public String signatureProblem() {
        return detail.certificateStatus();
    }

    public List<String> counterparts() {
        return inbound ? List.of(view().from()) : view().to();
    }

    public boolean overdue(Instant now) {
        return view().replyBy().filter(now::isAfter).isPresent();
    }
}
