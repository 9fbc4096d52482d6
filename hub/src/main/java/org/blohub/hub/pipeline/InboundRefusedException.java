package org.blohub.hub.pipeline;

import java.util.Objects;
import java.util.Optional;

/** An arriving message or receipt is refused; the route quarantines it and answers the sender. */
public final class InboundRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final RefusalReason reason;
    private final transient Optional<String> refusingOffice;

    public InboundRefusedException(RefusalReason reason, String text) {
        this(reason, text, Optional.empty(), null);
    }

    public InboundRefusedException(RefusalReason reason, String text, Optional<String> refusingOffice, Throwable cause) {
        super(reason.machineCode() + ": " + text, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.refusingOffice = Objects.requireNonNull(refusingOffice, "refusingOffice");
    }

    public RefusalReason reason() {
        return reason;
    }

    /** The text without the code, for the receipt and the quarantine. */
    public String text() {
        return getMessage().substring(reason.machineCode().length() + 2);
    }

    /** The office of this node the message was addressed to, once known. */
    public Optional<String> refusingOffice() {
        return refusingOffice;
    }
}
