package org.blohub.hub.liaison;

/** Why a REQUEST is overdue: nobody read it within its priority's unread limit, or nobody answered it by its reply-by. */
public enum OverdueReason {
    UNREAD,
    UNANSWERED
}
