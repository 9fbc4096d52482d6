package org.blohub.hub.audit;

import java.util.List;

/**
 * The append-only event table the audit Merkle log is built on.
 *
 * <p>{@link #append} takes the next index from a single sequencer row locked for the rest of the
 * transaction, so indices are gapless across threads and across hub instances sharing a database.
 * Call it inside the same transaction as the state change it records: if that transaction rolls
 * back, the event and its index are rolled back too and the next append reuses the index.
 * Without a surrounding transaction the append runs in its own.
 */
public interface AuditLog {

    /** @return the 0-based leaf index given to the event */
    long append(AuditEvent event);

    /** Records with index in [fromIndex, fromIndex + maxCount), in index order. */
    List<AuditRecord> read(long fromIndex, int maxCount);

    /** Number of events, which is also the index the next event will get. */
    long size();

    /** The events about one message, in index order. */
    List<AuditRecord> forMessage(String messageId);

    /** The events of one conversation, in index order. */
    List<AuditRecord> forConversation(String conversationId);

    /** The events matching every criterion of the query, in index order. */
    List<AuditRecord> search(AuditQuery query);
}
