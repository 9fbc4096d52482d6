package org.blohub.hub.airgap;

/** A bundle this node will not import, or export, with the reason and what to fix. Never carries content. */
final class BundleRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient BundleRefusal refusal;

    BundleRefusedException(BundleRefusal refusal, String detail) {
        super(refusal.reasonCode() + ": " + detail);
        this.refusal = refusal;
    }

    BundleRefusedException(BundleRefusal refusal, String detail, Throwable cause) {
        super(refusal.reasonCode() + ": " + detail, cause);
        this.refusal = refusal;
    }

    BundleRefusal refusal() {
        return refusal;
    }
}
