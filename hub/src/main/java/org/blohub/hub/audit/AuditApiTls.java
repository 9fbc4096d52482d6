package org.blohub.hub.audit;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS trust for calls to a node's audit API: the JVM's trust anchors (a node behind a publicly trusted
 * certificate) and the regional root, which issues the TLS certificates nodes serve HTTPS with by default.
 */
public final class AuditApiTls {

    private AuditApiTls() {
    }

    public static SSLContext trusting(List<X509Certificate> regionalRoots) {
        try {
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            int alias = 0;
            for (X509Certificate jvmAnchor : jvmTrustManager().getAcceptedIssuers()) {
                anchors.setCertificateEntry("jvm-" + alias++, jvmAnchor);
            }
            for (X509Certificate root : regionalRoots) {
                anchors.setCertificateEntry("regional-root-" + alias++, root);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new AuditException("cannot set up TLS trust for audit APIs: " + e.getMessage(), e);
        }
    }

    private static X509TrustManager jvmTrustManager() throws GeneralSecurityException {
        TrustManagerFactory defaults = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        defaults.init((KeyStore) null);
        for (TrustManager manager : defaults.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("the JVM offers no X.509 trust manager");
    }
}
