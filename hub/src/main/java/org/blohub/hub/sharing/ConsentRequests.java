package org.blohub.hub.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The consent requests this node's offices received; state changes join the caller's transaction. */
interface ConsentRequests {

    /** False when a request with this id is stored already (a copy that arrived again). */
    boolean insertIfAbsent(ConsentRequest request);

    /** The request if it was addressed to {@code office}. */
    Optional<ConsentRequest> find(String office, String requestId);

    /** The office's requests, pending first, then newest first. */
    List<ConsentRequest> ofOffice(String office);

    /** Records the decision; false unless the request was pending. */
    boolean decide(String requestId, ConsentState state, String decidedBy, Instant at, String replyId);
}
