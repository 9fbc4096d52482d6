package org.blohub.hub.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.blohub.hub.store.ImmutableBytes;

/** The forwards asked for by this node's offices; state changes join the caller's transaction. */
interface ForwardRequests {

    void insert(ForwardRequest request);

    Optional<ForwardRequest> find(String requestId);

    /** The office's forwards of one received message, oldest first. */
    List<ForwardRequest> ofMessage(String office, String messageId);

    /** Records the originator's answer; false unless the request was awaiting it. */
    boolean answer(String requestId, ForwardState state, String replyId, ImmutableBytes replyEnvelope, Instant at);

    /** Records the forwarded copy's id (state FORWARDED). */
    void forwarded(String requestId, String forwardedMessageId);

    /** Records why the forwarded copy was refused (state FAILED). */
    void failed(String requestId, String failureCode);
}
