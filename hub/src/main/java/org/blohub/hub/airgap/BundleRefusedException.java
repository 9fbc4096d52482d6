package org.blohub.hub.airgap;

/** A bundle this node will not import, or export, with the reason and what to fix. Never carries content. */
final class BundleRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient BundleRefusal refusal;
    private final String detail;

    BundleRefusedException(BundleRefusal refusal, String detail) {
        super(refusal.reasonCode() + ": " + detail);
        this.refusal = refusal;
        this.detail = detail;
    }

    BundleRefusedException(BundleRefusal refusal, String detail, Throwable cause) {
        super(refusal.reasonCode() + ": " + detail, cause);
        this.refusal = refusal;
        this.detail = detail;
    }

    /** What is wrong and what to do, without the code. */
    String detail() {
        return detail;
    }

    BundleRefusal refusal() {
        return refusal;
    }
}
