package org.blohub.hub.pipeline;

import java.time.Clock;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.LiaisonMessageJson;
import org.blohub.crypto.cms.Sealer;
import org.blohub.crypto.cms.SealingException;
import org.blohub.hub.node.NodeProperties;
import org.springframework.stereotype.Component;

/**
 * Signs the canonical JSON as the sending office, then encrypts it to every addressed office and
 * to the sender itself; refuses an envelope larger than the node's limit.
 */
@Component
class SealStep implements Processor {

    private final Sealer sealer;
    private final RecipientCertificates recipients;
    private final LiaisonMessageJson json;
    private final MessageExpiry expiry;
    private final Clock clock;
    private final long maxEnvelopeBytes;

    SealStep(Sealer sealer, RecipientCertificates recipients, LiaisonMessageJson json,
            MessageExpiry expiry, Clock clock, NodeProperties properties) {
        this.sealer = sealer;
        this.recipients = recipients;
        this.json = json;
        this.expiry = expiry;
        this.clock = clock;
        this.maxEnvelopeBytes = properties.maxEnvelopeBytes();
    }

    @Override
    public void process(Exchange exchange) throws SubmissionRefusedException, SealingException {
        Submission submission = exchange.getMessage().getBody(Submission.class);
        LiaisonMessage message = submission.message();
        byte[] envelope = seal(message);
        if (envelope.length > maxEnvelopeBytes) {
            throw new SubmissionRefusedException(SubmissionRefusedException.Problem.TOO_LARGE, "message "
                    + message.id() + ": sealed envelope of " + envelope.length + " bytes exceeds the limit of "
                    + maxEnvelopeBytes + " bytes", List.of());
        }
        exchange.getMessage().setBody(submission.sealed(envelope,
                message.expiresAt().orElse(expiry.expiresAt(clock.instant(), message.priority().name()))));
    }

    byte[] seal(LiaisonMessage message) throws SubmissionRefusedException, SealingException {
        RecipientCertificates.Sealing sealing = recipients.of(message);
        return sealer.seal(json.toCanonicalBytes(message), sealing.sender().signing(),
                sealing.sender().encryption().certificate(), sealing.recipients());
    }
}
