package org.blohub.hub.broker;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;

import org.apache.activemq.artemis.api.config.ActiveMQDefaultConfiguration;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.api.jms.ActiveMQJMSClient;
import org.apache.activemq.artemis.api.jms.JMSFactoryType;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A standalone Artemis broker the node's application connects to instead of embedding one. The broker itself
 * holds the addresses, security and bridges to the peers ({@code config/standalone-broker/}); this side only
 * connects over TLS 1.3 with the application's login, and reads link health over the broker's management address.
 */
public final class ExternalBroker implements ApplicationBroker, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalBroker.class);
    private static final String CONNECTOR_NAME = "external-broker";

    private final ExternalBrokerSettings settings;
    private final ExternalLinkProbe linkProbe;

    public ExternalBroker(ExternalBrokerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.linkProbe = new ExternalLinkProbe(settings, this::applicationConnectionFactory);
    }

    /** Logs in once, so that a wrong address, TLS store or password stops the node at startup with the cause. */
    public void start() {
        try (Connection connection = applicationConnectionFactory().createConnection()) {
            connection.start();
        } catch (JMSException e) {
            throw new BrokerException("node " + settings.nodeName() + ": cannot log in to the external broker at "
                    + settings.host() + ":" + settings.port() + " as " + settings.user() + ": " + e.getMessage()
                    + "; check blo.node.broker.external.* and the broker's application acceptor (docs/scale-out.md)", e);
        }
        LOG.info("BLO-BRK-040 node {}: connected to the external broker at {}:{} as {}, peers {}",
                settings.nodeName(), settings.host(), settings.port(), settings.user(), settings.peers());
    }

    @Override
    public void close() {
        linkProbe.close();
    }

    @Override
    public String nodeName() {
        return settings.nodeName();
    }

    @Override
    public String applicationUser() {
        return settings.user();
    }

    /** Reconnects for ever after a failure, with the node's back-off; the first connection attempt is made once. */
    @Override
    public ConnectionFactory applicationConnectionFactory() {
        ActiveMQConnectionFactory factory = ActiveMQJMSClient.createConnectionFactoryWithoutHA(JMSFactoryType.CF,
                connector());
        factory.setUser(settings.user());
        factory.setPassword(settings.password());
        factory.setReconnectAttempts(-1);
        factory.setRetryInterval(settings.reconnect().initialInterval().toMillis());
        factory.setRetryIntervalMultiplier(settings.reconnect().multiplier());
        factory.setMaxRetryInterval(settings.reconnect().maxInterval().toMillis());
        return factory;
    }

    @Override
    public BrokerHealth health() {
        return linkProbe.probe();
    }

    private TransportConfiguration connector() {
        Map<String, Object> params = new HashMap<>();
        params.put(TransportConstants.HOST_PROP_NAME, settings.host());
        params.put(TransportConstants.PORT_PROP_NAME, settings.port());
        params.put(TransportConstants.SSL_ENABLED_PROP_NAME, true);
        params.put(TransportConstants.ENABLED_PROTOCOLS_PROP_NAME, PeerTlsTransport.TLS_PROTOCOL);
        params.put(TransportConstants.VERIFY_HOST_PROP_NAME, true);
        params.put(TransportConstants.TRUSTSTORE_TYPE_PROP_NAME, "PKCS12");
        params.put(TransportConstants.TRUSTSTORE_PATH_PROP_NAME, settings.trustStore().path().toString());
        params.put(TransportConstants.TRUSTSTORE_PASSWORD_PROP_NAME, PeerTlsTransport.masked(settings.trustStore().password()));
        settings.keyStore().ifPresent(keyStore -> {
            params.put(TransportConstants.KEYSTORE_TYPE_PROP_NAME, "PKCS12");
            params.put(TransportConstants.KEYSTORE_PATH_PROP_NAME, keyStore.path().toString());
            params.put(TransportConstants.KEYSTORE_PASSWORD_PROP_NAME, PeerTlsTransport.masked(keyStore.password()));
        });
        params.put(ActiveMQDefaultConfiguration.getPropPasswordCodec(), ProcessLocalPasswordCodec.class.getName());
        return new TransportConfiguration(NettyConnectorFactory.class.getName(), params, CONNECTOR_NAME);
    }
}
