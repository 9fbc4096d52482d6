package org.blohub.crypto.cms;

import java.util.Objects;

/**
 * An envelope could not be accepted. The message names the envelope's label and the cause, never
 * its content.
 */
public final class OpenRefusedException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int MAX_LABEL_LENGTH = 80;

    private final RefusalCode code;
    private final String label;

    public OpenRefusedException(RefusalCode code, String label, String cause) {
        this(code, label, cause, null);
    }

    public OpenRefusedException(RefusalCode code, String label, String cause, Throwable underlying) {
        super(code.machineCode() + ": cannot open message " + printable(label) + ": " + cause, underlying);
        this.code = Objects.requireNonNull(code, "code");
        this.label = printable(label);
    }

    public RefusalCode code() {
        return code;
    }

    /** The label of the refused envelope, as it appears in the message. */
    public String label() {
        return label;
    }

    /** Labels come from message headers; keep them short and free of control characters. */
    private static String printable(String label) {
        if (label == null || label.isBlank()) {
            return "(unlabelled)";
        }
        String cleaned = label.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() <= MAX_LABEL_LENGTH ? cleaned : cleaned.substring(0, MAX_LABEL_LENGTH) + "...";
    }
}
