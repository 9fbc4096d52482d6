package org.blohub.hub.audit.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * PEM files of a bundle. Reading is strict: the text must be exactly what {@link #write} produces for the
 * objects it holds, so a changed line break or padding bit is refused like a changed certificate byte.
 */
final class PemText {

    private PemText() {
    }

    static String write(List<?> objects) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object object : objects) {
                writer.writeObject(object);
            }
        } catch (IOException e) {
            throw new EvidenceException("cannot write PEM", e);
        }
        return text.toString();
    }

    static List<X509Certificate> readCertificates(String name, byte[] pem) {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Object object : objects(name, pem)) {
                if (!(object instanceof X509CertificateHolder holder)) {
                    throw new EvidenceException(name + " holds something other than certificates");
                }
                Certificate certificate = factory.generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
                certificates.add((X509Certificate) certificate);
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new EvidenceException(name + ": unreadable certificate: " + e.getMessage(), e);
        }
        requireCanonical(name, pem, certificates);
        return certificates;
    }

    static List<X509CRL> readCrls(String name, byte[] pem) {
        List<X509CRL> crls = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Object object : objects(name, pem)) {
                if (!(object instanceof X509CRLHolder holder)) {
                    throw new EvidenceException(name + " holds something other than CRLs");
                }
                CRL crl = factory.generateCRL(new ByteArrayInputStream(holder.getEncoded()));
                crls.add((X509CRL) crl);
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new EvidenceException(name + ": unreadable CRL: " + e.getMessage(), e);
        }
        requireCanonical(name, pem, crls);
        return crls;
    }

    private static List<Object> objects(String name, byte[] pem) {
        List<Object> objects = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(new String(pem, StandardCharsets.US_ASCII)))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                objects.add(object);
            }
        } catch (IOException | RuntimeException e) {
            throw new EvidenceException(name + " is not readable PEM: " + e.getMessage(), e);
        }
        if (objects.isEmpty()) {
            throw new EvidenceException(name + " holds no PEM object");
        }
        return objects;
    }

    private static void requireCanonical(String name, byte[] pem, List<?> objects) {
        if (!write(objects).equals(new String(pem, StandardCharsets.US_ASCII))) {
            throw new EvidenceException(name + " is not in the exact PEM form the node writes");
        }
    }
}
