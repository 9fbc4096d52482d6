package org.blohub.hub.cli;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.pki.PkiException;

/** Reads the regional root certificate(s) an operator names on the command line. */
final class RootCertificates {

    private RootCertificates() {
    }

    static List<X509Certificate> read(Path file) throws CommandInputException {
        try {
            List<X509Certificate> roots = PemFiles.readCertificates(file);
            if (roots.isEmpty()) {
                throw new CommandInputException(file + ": holds no PEM certificate; expected the regional root");
            }
            return roots;
        } catch (PkiException e) {
            throw new CommandInputException(file + ": cannot read the regional root certificate: " + e.getMessage(), e);
        }
    }
}
