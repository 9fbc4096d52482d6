package org.blohub.hub.broker;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Optional;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509KeyManager;

/**
 * A bare JDK TLS client, to show that refusals happen in the TLS layer itself, before any broker
 * protocol: it completes the handshake and then reads, which is where TLS 1.3 reports a refused
 * client certificate.
 */
final class TlsSocketProbe {

    private static final Duration READ_WAIT = Duration.ofSeconds(3);

    private final String host;
    private final int port;
    private final Pkcs12Store trustStore;

    TlsSocketProbe(String host, int port, Pkcs12Store trustStore) {
        this.host = host;
        this.port = port;
        this.trustStore = trustStore;
    }

    /**
     * Throws {@link javax.net.ssl.SSLException} if the server refuses the connection; times out
     * ({@link java.net.SocketTimeoutException}) if the server accepted it and waits for the client to speak.
     */
    void handshakeAndRead(String protocol, Optional<Pkcs12Store> clientKeyStore) throws IOException, GeneralSecurityException {
        SSLContext context = SSLContext.getInstance(protocol);
        context.init(keyManagers(clientKeyStore), trustManagers(), null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(host, port)) {
            socket.setEnabledProtocols(new String[] {protocol});
            socket.setSoTimeout((int) READ_WAIT.toMillis());
            socket.startHandshake();
            socket.getInputStream().read();
        }
    }

    private static KeyManager[] keyManagers(Optional<Pkcs12Store> store) throws IOException, GeneralSecurityException {
        if (store.isEmpty()) {
            return new KeyManager[0];
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(load(store.get()), store.get().password().toCharArray());
        return new KeyManager[] {new AlwaysPresentCertificate((X509KeyManager) factory.getKeyManagers()[0])};
    }

    /**
     * The JDK client sends no certificate when its issuer is not among the CAs the server names; this
     * one presents it anyway, so the server's own path validation is what refuses it.
     */
    private static final class AlwaysPresentCertificate extends X509ExtendedKeyManager {

        private final X509KeyManager keys;

        AlwaysPresentCertificate(X509KeyManager keys) {
            this.keys = keys;
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return keys.chooseClientAlias(keyType, null, socket);
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return keys.chooseClientAlias(keyType, null, null);
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return keys.getClientAliases(keyType, null);
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return keys.getServerAliases(keyType, issuers);
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return keys.chooseServerAlias(keyType, issuers, socket);
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return keys.getCertificateChain(alias);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return keys.getPrivateKey(alias);
        }
    }

    private javax.net.ssl.TrustManager[] trustManagers() throws IOException, GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(load(trustStore));
        return factory.getTrustManagers();
    }

    private static KeyStore load(Pkcs12Store store) throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store.path())) {
            keyStore.load(in, store.password().toCharArray());
        }
        return keyStore;
    }
}
