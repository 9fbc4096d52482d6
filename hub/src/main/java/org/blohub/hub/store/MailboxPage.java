package org.blohub.hub.store;

import java.util.List;

/** A page of mailbox entries and the total number of entries matching the query. */
public record MailboxPage(List<MessageSummary> messages, long total, int offset, int limit) {

    public MailboxPage {
        messages = List.copyOf(messages);
    }

    public boolean hasMore() {
        return offset + messages.size() < total;
    }
}
