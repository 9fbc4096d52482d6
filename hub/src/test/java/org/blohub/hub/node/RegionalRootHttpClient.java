package org.blohub.hub.node;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.blohub.crypto.pki.PemFiles;

/**
 * An HTTPS client that trusts exactly the regional root of a material directory ({@code pki/root.pem}), as a browser
 * set up for the network does, with the JDK's own certificate and host name checks.
 */
final class RegionalRootHttpClient {

    private RegionalRootHttpClient() {
    }

    static HttpClient of(Path materialDirectory) throws Exception {
        return builder(materialDirectory).build();
    }

    static HttpClient.Builder builder(Path materialDirectory) throws Exception {
        return HttpClient.newBuilder().sslContext(sslContext(materialDirectory)).connectTimeout(Duration.ofSeconds(30));
    }

    static SSLContext sslContext(Path materialDirectory) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        List<X509Certificate> roots = PemFiles.readCertificates(materialDirectory.resolve("pki/root.pem"));
        for (int i = 0; i < roots.size(); i++) {
            trusted.setCertificateEntry("root-" + i, roots.get(i));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
