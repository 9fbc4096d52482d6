package org.blohub.hub.pipeline;

/**
 * A submission the node could not store, for a reason that is not the message's fault (e.g. its
 * database is unavailable): nothing was accepted, so the caller may submit the same message again.
 */
public final class SubmissionFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageId;

    SubmissionFailedException(String messageId, Throwable cause) {
        super("message " + messageId + " was not accepted: the node could not store it (its log names the cause "
                + "under BLO-OUT-010 and this message id); nothing was stored or sent, so submit it again", cause);
        this.messageId = messageId;
    }

    SubmissionFailedException(String messageId, String reason) {
        super("message " + messageId + " was not accepted: " + reason + "; nothing was stored or sent, so submit "
                + "it again later");
        this.messageId = messageId;
    }

    public String messageId() {
        return messageId;
    }
}
