package org.blohub.hub.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Messages of this node's offices, one record per message and direction. Only sealed envelopes are
 * kept, never plaintext. Office-scoped queries return only what that office sent (outbox) or what was
 * addressed to it (inbox), so an office never sees another office's traffic through them.
 *
 * <p>Methods that change state join the caller's transaction when there is one (call them from a
 * {@code @Transactional} service together with {@code AuditLog.append}); otherwise each call is its
 * own transaction.
 */
public interface MessageStore {

    /** Stores a message an office of this node sends, in status QUEUED. */
    void saveOutbound(OutboundMessage message);

    /**
     * Records that the broker stored the message (the transactional outbox flag): the outbox relay
     * no longer sends it. Setting it twice is harmless.
     *
     * @throws MessageNotFoundException if no such outbound message is stored
     */
    void markHandedToBroker(String messageId);

    /**
     * QUEUED outbound messages stored before {@code storedBefore} that were never handed to the
     * broker, oldest first, at most {@code limit}.
     */
    List<StoredMessage> notHandedToBroker(Instant storedBefore, int limit);

    /** Stores a message this node received and accepted, in status DELIVERED (it is in the inbox). */
    void saveInbound(InboundMessage message);

    /**
     * Moves a message forward to {@code next} (SENT, DELIVERED or READ) and records the time.
     *
     * @return true if the status changed; false if the message was already there or beyond, or FAILED
     *         (a replayed or late receipt is not an error)
     * @throws MessageNotFoundException if no such message is stored
     */
    boolean advance(String messageId, Direction direction, MessageStatus next);

    /**
     * Marks a message FAILED with a reason, unless it was already delivered, read or failed.
     *
     * @return true if the status changed
     * @throws MessageNotFoundException if no such message is stored
     */
    boolean fail(String messageId, Direction direction, Failure failure);

    /** Any stored message, for the pipeline; officer views use the office-scoped methods below. */
    Optional<StoredMessage> find(String messageId, Direction direction);

    /** The message if {@code office} sent it from this node. */
    Optional<StoredMessage> findInOutbox(String office, String messageId);

    /** The message if this node received it for {@code office}. */
    Optional<StoredMessage> findInInbox(String office, String messageId);

    /** Messages {@code query.office()} sent, newest stored first. */
    MailboxPage outbox(MailboxQuery query);

    /** Messages received for {@code query.office()}, newest stored first. */
    MailboxPage inbox(MailboxQuery query);

    /** The office's sent and received messages of one conversation, oldest created first. */
    List<MessageSummary> conversation(String office, String conversationId);
}
