package org.blohub.hub.web.oversight;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.blohub.hub.node.NodeStartupException;

/**
 * The TLS trust for calls to peers' audit APIs: the JVM's trust anchors (a peer behind a publicly trusted certificate)
 * and the regional root, which issues the TLS certificates nodes serve HTTPS with by default.
 */
final class PeerApiTlsContext {

    private PeerApiTlsContext() {
    }

    static SSLContext trusting(List<X509Certificate> regionalRoots) {
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
            throw new NodeStartupException("cannot set up TLS trust for the peers' audit APIs: " + e.getMessage(), e);
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
