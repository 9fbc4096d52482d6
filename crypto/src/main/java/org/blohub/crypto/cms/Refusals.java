package org.blohub.crypto.cms;

/** Makes refusals that all name the same envelope. */
record Refusals(String label) {

    OpenRefusedException because(RefusalCode code, String cause) {
        return new OpenRefusedException(code, label, cause);
    }

    OpenRefusedException because(RefusalCode code, String cause, Throwable underlying) {
        return new OpenRefusedException(code, label, cause, underlying);
    }
}
