package org.blohub.adapters.canonical;

/** What a liaison message is for; RESPONSE and RECEIPT always answer an earlier message. */
public enum MessageKind {
    REQUEST,
    RESPONSE,
    NOTIFICATION,
    ALERT,
    RECEIPT;

    /** True for kinds that only make sense as an answer, so they must name the message they answer. */
    public boolean answersAnotherMessage() {
        return this == RESPONSE || this == RECEIPT;
    }
}
