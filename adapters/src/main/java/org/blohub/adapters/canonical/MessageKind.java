package org.blohub.adapters.canonical;

/**
 * What a liaison message is for; RESPONSE, RECEIPT and the consent kinds always answer an earlier message. A node makes
 * RECEIPT, CONSENT_REQUEST and CONSENT_REPLY itself; CONSENT_REQUEST asks the originator of an H2 or H3 message to
 * let the receiving office forward it, CONSENT_REPLY grants or refuses that.
 */
public enum MessageKind {
    REQUEST,
    RESPONSE,
    NOTIFICATION,
    ALERT,
    RECEIPT,
    CONSENT_REQUEST,
    CONSENT_REPLY;

    /** True for kinds that only make sense as an answer, so they must name the message they answer. */
    public boolean answersAnotherMessage() {
        return this == RESPONSE || this == RECEIPT || concernsConsent();
    }

    /** CONSENT_REQUEST or CONSENT_REPLY: made by a node for onward sharing, never submitted by a caller. */
    public boolean concernsConsent() {
        return this == CONSENT_REQUEST || this == CONSENT_REPLY;
    }
}
