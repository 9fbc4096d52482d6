package org.blohub.hub.revocation;

import java.security.cert.X509CRL;
import java.util.List;

import org.blohub.crypto.cms.CmsOpener;
import org.blohub.crypto.cms.OpenRefusedException;
import org.blohub.crypto.cms.OpenedEnvelope;
import org.blohub.crypto.cms.Opener;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.CertificatePathValidator;

/**
 * Opens envelopes checking the signer against the CRLs that are current at that moment: when {@link CurrentCrls}
 * has changed since the last envelope, the next one is opened by a validator with the new CRLs (sharing what the
 * previous one verified).
 */
public final class RevocationAwareOpener implements Opener {

    private record Checking(List<X509CRL> crls, Opener opener) {
    }

    private final CertificatePathValidator validator;
    private final CurrentCrls current;
    private volatile Checking checking;

    public RevocationAwareOpener(CertificatePathValidator validator, CurrentCrls current) {
        this.validator = validator;
        this.current = current;
        this.checking = new Checking(current.crls(), new CmsOpener(validator));
    }

    @Override
    public OpenedEnvelope open(byte[] envelope, Credential recipient, String label) throws OpenRefusedException {
        return checkingNow().opener().open(envelope, recipient, label);
    }

    private Checking checkingNow() {
        List<X509CRL> crls = current.crls();
        Checking now = checking;
        if (now.crls() != crls) {
            now = new Checking(crls, new CmsOpener(validator.withCrls(crls)));
            checking = now;
        }
        return now;
    }
}
