package org.blohub.hub.web;

import java.util.List;
import java.util.Optional;

import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.LiaisonMessageJson;
import org.blohub.hub.api.MessageDetail;
import org.blohub.hub.api.MessageReader;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MailboxPage;
import org.blohub.hub.store.MailboxQuery;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.MessageSummary;
import org.blohub.hub.store.StoredMessage;
import org.springframework.stereotype.Component;

/**
 * An office's messages for its pages, through the same store queries and reader as the REST API: office-scoped, so
 * another office's message is simply not found.
 */
@Component
class OfficeMessages {

    static final int PAGE_SIZE = 25;
    static final int SEARCH_DEPTH = MailboxQuery.MAX_LIMIT;

    private final MessageStore store;
    private final MessageReader reader;
    private final LiaisonMessageJson canonical;

    OfficeMessages(MessageStore store, MessageReader reader, LiaisonMessageJson canonical) {
        this.store = store;
        this.reader = reader;
        this.canonical = canonical;
    }

    List<OfficeMessage> inbox(String office) {
        return open(office, store.inbox(MailboxQuery.firstPage(office, PAGE_SIZE)));
    }

    List<OfficeMessage> outbox(String office) {
        return open(office, store.outbox(MailboxQuery.firstPage(office, PAGE_SIZE)));
    }

    List<OfficeMessage> recentInbox(String office) {
        return open(office, store.inbox(MailboxQuery.firstPage(office, SEARCH_DEPTH)));
    }

    List<OfficeMessage> recentOutbox(String office) {
        return open(office, store.outbox(MailboxQuery.firstPage(office, SEARCH_DEPTH)));
    }

    /** The stored message if the office received or sent it. */
    Optional<StoredMessage> find(String office, String id) {
        return store.findInInbox(office, id).or(() -> store.findInOutbox(office, id));
    }

    OfficeMessage open(String office, StoredMessage stored) {
        MessageDetail detail = reader.read(stored, office);
        Optional<LiaisonMessage> content = detail.content().map(json -> canonical.fromJson(json.toString()));
        return new OfficeMessage(detail, content, stored.summary().direction() == Direction.INBOUND);
    }

    /** The office's messages of a conversation, oldest first, receipts left out. */
    List<OfficeMessage> conversation(String office, String conversationId) {
        return store.conversation(office, conversationId).stream()
                .filter(summary -> !"RECEIPT".equals(summary.header().kind()))
                .map(summary -> stored(office, summary))
                .flatMap(Optional::stream)
                .map(stored -> open(office, stored))
                .toList();
    }

    private List<OfficeMessage> open(String office, MailboxPage page) {
        return page.messages().stream().map(summary -> stored(office, summary)).flatMap(Optional::stream)
                .map(stored -> open(office, stored)).toList();
    }

    private Optional<StoredMessage> stored(String office, MessageSummary summary) {
        return summary.direction() == Direction.INBOUND ? store.findInInbox(office, summary.messageId())
                : store.findInOutbox(office, summary.messageId());
    }
}
