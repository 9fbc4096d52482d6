package org.blohub.hub.api;

import java.util.List;

/** A page of a mailbox. */
public record MailboxView(String office, List<MessageView> messages, long total, int offset, int limit) {

    MailboxView withMessages(List<MessageView> replaced) {
        return new MailboxView(office, replaced, total, offset, limit);
    }
}
