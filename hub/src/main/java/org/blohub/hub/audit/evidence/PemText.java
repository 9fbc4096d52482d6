package org.blohub.hub.audit.evidence;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.pki.PkiException;

/**
 * PEM files of a bundle. Reading is strict: the text must be exactly what the writing methods produce for the
 * objects it holds, so a changed line break or padding bit is refused like a changed certificate byte.
 */
final class PemText {

    private PemText() {
    }

    static String writeCertificates(List<X509Certificate> certificates) {
        return PemFiles.certificatesPem(certificates);
    }

    static String writeCrls(List<X509CRL> crls) {
        return PemFiles.crlsPem(crls);
    }

    static List<X509Certificate> readCertificates(String name, byte[] pem) {
        String text = ascii(name, pem);
        List<X509Certificate> certificates;
        try {
            certificates = PemFiles.certificatesFromPem(name, text);
        } catch (PkiException e) {
            throw new EvidenceException(name + ": unreadable certificate: " + e.getMessage(), e);
        }
        requireCanonical(name, text, certificates.isEmpty() ? "" : writeCertificates(certificates));
        return certificates;
    }

    static List<X509CRL> readCrls(String name, byte[] pem) {
        String text = ascii(name, pem);
        List<X509CRL> crls;
        try {
            crls = PemFiles.crlsFromPem(name, text);
        } catch (PkiException e) {
            throw new EvidenceException(name + ": unreadable CRL: " + e.getMessage(), e);
        }
        requireCanonical(name, text, crls.isEmpty() ? "" : writeCrls(crls));
        return crls;
    }

    private static String ascii(String name, byte[] pem) {
        String text = new String(pem, StandardCharsets.US_ASCII);
        if (text.isBlank()) {
            throw new EvidenceException(name + " holds no PEM object");
        }
        return text;
    }

    private static void requireCanonical(String name, String pem, String written) {
        if (written.isEmpty()) {
            throw new EvidenceException(name + " holds no PEM object");
        }
        if (!written.equals(pem)) {
            throw new EvidenceException(name + " is not in the exact PEM form the node writes");
        }
    }
}
