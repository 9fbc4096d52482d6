package org.blohub.hub.liaison;

import java.time.Instant;

/** What the sending office's officers and coordinator are told: which request, why, since when. */
public record OverdueNotice(String messageId, String conversationId, OverdueReason reason, Instant dueAt,
        Instant overdueAt) {
}
