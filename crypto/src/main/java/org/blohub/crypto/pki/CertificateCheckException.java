package org.blohub.crypto.pki;

/**
 * A certificate path did not validate. The message names the certificate at fault (subject CN
 * and serial number) and the cause; {@link #problem()} says which rule failed.
 */
public final class CertificateCheckException extends Exception {

    private static final long serialVersionUID = 1L;

    private final CertificateProblem problem;

    public CertificateCheckException(CertificateProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public CertificateCheckException(CertificateProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public CertificateProblem problem() {
        return problem;
    }
}
