package org.blohub.hub.sharing;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** What the forwarding office sees of its forwards: their state and the originator's reason, read from its reply. */
@Component
public class ForwardStatus {

    private final ForwardRequests requests;
    private final SealedContent sealed;
    private final ConsentBodies bodies;

    ForwardStatus(ForwardRequests requests, SealedContent sealed, ConsentBodies bodies) {
        this.requests = requests;
        this.sealed = sealed;
        this.bodies = bodies;
    }

    public List<ForwardRequest> ofMessage(String office, String messageId) {
        return requests.ofMessage(office, messageId);
    }

    /** The originator's reason, from the sealed CONSENT_REPLY, if it gave one. */
    public Optional<String> reasonOf(ForwardRequest request) {
        return request.replyEnvelope().flatMap(envelope -> bodies.readAnswer(
                sealed.open(request.office(), envelope, request.replyId().orElseThrow()).body()))
                .flatMap(ConsentAnswer::reason);
    }
}
