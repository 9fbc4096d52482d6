package org.blohub.crypto.pki;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.List;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;

/** Builds, writes and loads PKCS#12 files protected as {@link PasswordProtection} describes. */
final class Pkcs12Encoding {

    /**
     * The bag attribute with which Java's PKCS12 key store marks a certificate as trusted
     * (Oracle arc 2.16.840.1.113894.746875.1.1); without it the JDK loads no trusted entries.
     */
    private static final ASN1ObjectIdentifier JDK_TRUSTED_KEY_USAGE = new ASN1ObjectIdentifier("2.16.840.1.113894.746875.1.1");
    private static final ASN1ObjectIdentifier ANY_EXTENDED_KEY_USAGE = new ASN1ObjectIdentifier("2.5.29.37.0");

    private Pkcs12Encoding() {
    }

    static PKCS12SafeBagBuilder certificateBag(X509Certificate certificate) {
        try {
            return new JcaPKCS12SafeBagBuilder(certificate);
        } catch (IOException e) {
            throw new PkiException("cannot encode " + CertificateNames.describe(certificate) + " for PKCS#12", e);
        }
    }

    static PKCS12SafeBagBuilder named(PKCS12SafeBagBuilder bag, String alias) {
        return bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(alias));
    }

    static PKCS12SafeBagBuilder trusted(PKCS12SafeBagBuilder bag) {
        return bag.addBagAttribute(JDK_TRUSTED_KEY_USAGE, ANY_EXTENDED_KEY_USAGE);
    }

    /** Ties a private key bag to its certificate bag, as PKCS#12 readers match them by this id. */
    static PKCS12SafeBagBuilder localKeyId(PKCS12SafeBagBuilder bag, X509Certificate certificate) {
        try {
            byte[] id = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, new DEROctetString(id));
        } catch (GeneralSecurityException e) {
            throw new PkiException("cannot compute local key id for " + CertificateNames.describe(certificate), e);
        }
    }

    static void write(Path file, List<PKCS12SafeBag> certificateBags, List<PKCS12SafeBag> keyBags, char[] password) {
        try {
            PKCS12PfxPduBuilder pfx = new PKCS12PfxPduBuilder();
            pfx.addEncryptedData(PasswordProtection.encryptor(password), certificateBags.toArray(PKCS12SafeBag[]::new));
            for (PKCS12SafeBag keyBag : keyBags) {
                pfx.addData(keyBag);
            }
            PKCS12PfxPdu pdu = pfx.build(PasswordProtection.pkcs12Mac(), password);
            OwnerOnlyFile.create(file);
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(pdu.getEncoded(ASN1Encoding.DER));
            }
        } catch (PKCSException e) {
            throw new PkiException("cannot protect PKCS#12 content for " + file, e);
        } catch (IOException e) {
            throw new PkiException("cannot write PKCS#12 file " + file, e);
        }
    }

    /** Loads with Bouncy Castle's PKCS12 key store, which also knows post-quantum and composite keys. */
    static KeyStore load(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12", CryptoProvider.bouncyCastle());
            keyStore.load(in, password);
            return keyStore;
        } catch (IOException e) {
            throw new PkiException("cannot open PKCS#12 file " + file + ": wrong password or damaged file", e);
        } catch (GeneralSecurityException e) {
            throw new PkiException("cannot load PKCS#12 file " + file, e);
        }
    }
}
