package org.blohub.hub.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.blohub.crypto.pki.CertificateAuthority;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.pki.PkiException;

/**
 * Signs a CA's next CRL, saves the CA's state, writes the CRL beside the CA key and, if asked, puts it into a
 * node's {@code pki/crls.pem} in place of that CA's older CRL, keeping the other CAs' CRLs.
 */
final class CrlPublication {

    private CrlPublication() {
    }

    static void publish(CaOptions ca, CertificateAuthority authority, Optional<Path> nodeCrls, PrintStream out)
            throws CommandInputException {
        X509CRL crl = authority.currentCrl();
        ca.save(authority);
        try {
            PemFiles.writeCrls(ca.crlFile(), List.of(crl));
            out.println("crl " + ca.crlFile() + " number " + authority.lastCrlNumber() + ", "
                    + authority.revocations().size() + " revoked, next update " + crl.getNextUpdate().toInstant());
            if (nodeCrls.isPresent()) {
                List<X509CRL> crls = new ArrayList<>();
                if (Files.exists(nodeCrls.get())) {
                    PemFiles.readCrls(nodeCrls.get()).stream()
                            .filter(other -> !other.getIssuerX500Principal().equals(crl.getIssuerX500Principal()))
                            .forEach(crls::add);
                }
                crls.add(crl);
                PemFiles.writeCrls(nodeCrls.get(), crls);
                out.println("crls " + nodeCrls.get() + " now holds " + crls.size() + " CRLs"
                        + " (nodes read it at start; copy it to every node)");
            }
        } catch (PkiException e) {
            throw new CommandInputException("cannot publish the CRL: " + e.getMessage(), e);
        }
    }
}
