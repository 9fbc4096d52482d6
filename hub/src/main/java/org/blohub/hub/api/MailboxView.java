package org.blohub.hub.api;

import java.util.List;

/** A page of a mailbox. */
public record MailboxView(String office, List<MessageView> messages, long total, int offset, int limit) {
}
