package org.blohub.hub.broker;

import java.util.HashMap;
import java.util.Map;

import org.apache.activemq.artemis.api.config.ActiveMQDefaultConfiguration;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptorFactory;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.apache.activemq.artemis.utils.PasswordMaskingUtil;

/** The TLS settings both ends of a node-to-node link share: TLS 1.3 only, PKCS#12 stores, mutual authentication. */
final class PeerTlsTransport {

    static final String TLS_PROTOCOL = "TLSv1.3";
    static final String ACCEPTOR_NAME = "peers-tls";

    private PeerTlsTransport() {
    }

    /** The acceptor peers' bridges connect to: a client certificate is required, only the core protocol is spoken. */
    static TransportConfiguration acceptor(BrokerSettings settings) {
        Map<String, Object> params = tlsParams(settings.keyStore(), settings.trustStore());
        params.put(TransportConstants.HOST_PROP_NAME, settings.tlsHost());
        params.put(TransportConstants.PORT_PROP_NAME, settings.tlsPort());
        params.put(TransportConstants.NEED_CLIENT_AUTH_PROP_NAME, true);
        params.put(TransportConstants.PROTOCOLS_PROP_NAME, "CORE");
        return new TransportConfiguration(NettyAcceptorFactory.class.getName(), params, ACCEPTOR_NAME);
    }

    /** A connector to a peer's acceptor, presenting this node's certificate and checking the peer's host name. */
    static TransportConfiguration connector(Peer peer, Pkcs12Store keyStore, Pkcs12Store trustStore) {
        Map<String, Object> params = tlsParams(keyStore, trustStore);
        params.put(TransportConstants.HOST_PROP_NAME, peer.host());
        params.put(TransportConstants.PORT_PROP_NAME, peer.port());
        params.put(TransportConstants.VERIFY_HOST_PROP_NAME, true);
        return new TransportConfiguration(NettyConnectorFactory.class.getName(), params, connectorName(peer));
    }

    static String connectorName(Peer peer) {
        return "peer-" + peer.nodeName();
    }

    private static Map<String, Object> tlsParams(Pkcs12Store keyStore, Pkcs12Store trustStore) {
        Map<String, Object> params = new HashMap<>();
        params.put(TransportConstants.SSL_ENABLED_PROP_NAME, true);
        params.put(TransportConstants.ENABLED_PROTOCOLS_PROP_NAME, TLS_PROTOCOL);
        params.put(TransportConstants.KEYSTORE_TYPE_PROP_NAME, "PKCS12");
        params.put(TransportConstants.KEYSTORE_PATH_PROP_NAME, keyStore.path().toString());
        params.put(TransportConstants.KEYSTORE_PASSWORD_PROP_NAME, masked(keyStore.password()));
        params.put(TransportConstants.TRUSTSTORE_TYPE_PROP_NAME, "PKCS12");
        params.put(TransportConstants.TRUSTSTORE_PATH_PROP_NAME, trustStore.path().toString());
        params.put(TransportConstants.TRUSTSTORE_PASSWORD_PROP_NAME, masked(trustStore.password()));
        params.put(ActiveMQDefaultConfiguration.getPropPasswordCodec(), ProcessLocalPasswordCodec.class.getName());
        return params;
    }

    /** Artemis prints acceptor parameters when an acceptor fails to start; a masked password appears as {@code ENC(...)}. */
    static String masked(String password) {
        try {
            return PasswordMaskingUtil.wrap(new ProcessLocalPasswordCodec().encode(password));
        } catch (Exception e) {
            throw new BrokerException("cannot mask a TLS store password for the broker configuration", e);
        }
    }
}
