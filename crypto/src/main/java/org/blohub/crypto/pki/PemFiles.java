package org.blohub.crypto.pki;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfoBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.util.encoders.DecoderException;

/**
 * PEM files as OpenSSL reads and writes them: certificate lists ("CERTIFICATE" blocks), CRLs
 * ("X509 CRL") and password-encrypted PKCS#8 private keys ("ENCRYPTED PRIVATE KEY", PBES2 with
 * PBKDF2-HMAC-SHA256 and AES-256-CBC). Private keys are never written unencrypted, and their
 * files are readable by the owner only where the file system has POSIX permissions.
 */
public final class PemFiles {

    private PemFiles() {
    }

    public static void writeCertificates(Path file, List<X509Certificate> certificates) {
        writePem(file, "certificates", certificates, false);
    }

    public static List<X509Certificate> readCertificates(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return certificates(file.toString(), reader);
        } catch (IOException e) {
            throw new PkiException("cannot read certificate PEM from " + file, e);
        }
    }

    /** Certificates as PEM text, exactly as {@link #writeCertificates} writes them. */
    public static String certificatesPem(List<X509Certificate> certificates) {
        return pemText("certificates", certificates);
    }

    /** Certificates from PEM text; {@code source} names the text in errors. */
    public static List<X509Certificate> certificatesFromPem(String source, String pem) {
        return certificates(source, new StringReader(pem));
    }

    private static List<X509Certificate> certificates(String source, Reader pem) {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter()
                .setProvider(CryptoProvider.bouncyCastle());
        return readPem(source, pem, X509CertificateHolder.class, "certificate", holder -> {
            try {
                return converter.getCertificate(holder);
            } catch (CertificateException e) {
                throw new PkiException("cannot decode certificate in " + source, e);
            }
        });
    }

    public static void writeCrls(Path file, List<X509CRL> crls) {
        writePem(file, "CRLs", crls, false);
    }

    public static List<X509CRL> readCrls(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return crls(file.toString(), reader);
        } catch (IOException e) {
            throw new PkiException("cannot read CRL PEM from " + file, e);
        }
    }

    /** CRLs as PEM text, exactly as {@link #writeCrls} writes them. */
    public static String crlsPem(List<X509CRL> crls) {
        return pemText("CRLs", crls);
    }

    /** CRLs from PEM text; {@code source} names the text in errors. */
    public static List<X509CRL> crlsFromPem(String source, String pem) {
        return crls(source, new StringReader(pem));
    }

    private static List<X509CRL> crls(String source, Reader pem) {
        JcaX509CRLConverter converter = new JcaX509CRLConverter().setProvider(CryptoProvider.bouncyCastle());
        return readPem(source, pem, X509CRLHolder.class, "CRL", holder -> {
            try {
                return converter.getCRL(holder);
            } catch (CRLException e) {
                throw new PkiException("cannot decode CRL in " + source, e);
            }
        });
    }

    /** Writes the key as an encrypted PKCS#8 "ENCRYPTED PRIVATE KEY" block. */
    public static void writeEncryptedPrivateKey(Path file, PrivateKey privateKey, char[] password) {
        PKCS8EncryptedPrivateKeyInfo encrypted = new PKCS8EncryptedPrivateKeyInfoBuilder(
                PrivateKeyInfo.getInstance(privateKey.getEncoded()))
                .build(PasswordProtection.encryptor(password));
        writePem(file, "private key", List.of(encrypted), true);
    }

    /**
     * Reads an encrypted PKCS#8 private key. A wrong password fails with a {@link PkiException}
     * (the encryption cannot tell a wrong password from a damaged file).
     */
    public static PrivateKey readEncryptedPrivateKey(Path file, char[] password) {
        List<PKCS8EncryptedPrivateKeyInfo> keys;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            keys = readPem(file.toString(), reader, PKCS8EncryptedPrivateKeyInfo.class, "encrypted private key",
                    Function.identity());
        } catch (IOException e) {
            throw new PkiException("cannot read encrypted private key PEM from " + file, e);
        }
        if (keys.size() != 1) {
            throw new PkiException(file + " holds " + keys.size() + " encrypted private keys, expected exactly one");
        }
        try {
            PrivateKeyInfo decrypted = keys.get(0).decryptPrivateKeyInfo(PasswordProtection.decryptor(password));
            return new JcaPEMKeyConverter().setProvider(CryptoProvider.bouncyCastle()).getPrivateKey(decrypted);
        } catch (PKCSException e) {
            throw new PkiException("cannot decrypt the private key in " + file + ": wrong password or damaged file", e);
        } catch (IOException e) {
            throw new PkiException("cannot decode the private key in " + file, e);
        }
    }

    private static void writePem(Path file, String what, List<?> objects, boolean ownerOnly) {
        String pem = pemText(what + " for " + file, objects);
        try {
            if (ownerOnly) {
                OwnerOnlyFile.create(file);
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
                out.write(pem);
            }
        } catch (IOException e) {
            throw new PkiException("cannot write " + what + " to " + file, e);
        }
    }

    private static String pemText(String what, List<?> objects) {
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            for (Object object : objects) {
                writer.writeObject(object);
            }
        } catch (IOException e) {
            throw new PkiException("cannot encode " + what + " as PEM", e);
        }
        return pem.toString();
    }

    /** Malformed Base64 or DER inside a block surfaces from the parser as an unchecked exception. */
    private static <H, T> List<T> readPem(String source, Reader pem, Class<H> expected, String what,
            Function<H, T> convert) {
        List<T> result = new ArrayList<>();
        try (PEMParser parser = new PEMParser(pem)) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                if (!expected.isInstance(object)) {
                    throw new PkiException(source + " holds a " + object.getClass().getSimpleName()
                            + " where a " + what + " was expected");
                }
                result.add(convert.apply(expected.cast(object)));
            }
        } catch (IOException | IllegalArgumentException | DecoderException e) {
            throw new PkiException("cannot read " + what + " PEM from " + source + ": " + e.getMessage(), e);
        }
        return List.copyOf(result);
    }
}
