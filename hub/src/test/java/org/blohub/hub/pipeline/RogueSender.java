package org.blohub.hub.pipeline;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

import org.blohub.adapters.canonical.Handling;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.LiaisonMessageJson;
import org.blohub.adapters.canonical.MessageIds;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Priority;
import org.blohub.crypto.cms.Sealer;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.BrokerAddresses;
import org.blohub.hub.broker.NodeBroker;
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.node.OfficeKeys;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.OutboundMessage;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A misbehaving or compromised sending node: it skips its own checks and puts hand-made envelopes
 * straight on {@code blo.outbound.LA} of TH's broker, with real TH office keys. It records each one
 * in TH's outbox so the negative receipt LA sends back has a message to fail.
 */
final class RogueSender {

    private final ConfigurableApplicationContext th;
    private final MessageIds ids = new MessageIds(Clock.systemUTC(), new java.security.SecureRandom());
    private final LiaisonMessageJson json = new LiaisonMessageJson();

    RogueSender(ConfigurableApplicationContext th) {
        this.th = th;
    }

    LiaisonMessage message(String from, String to, HandlingCode handling) {
        return LiaisonMessage.builder().id(ids.next()).conversationId(ids.next()).from(from).to(to)
                .kind(MessageKind.REQUEST).priority(Priority.IMMEDIATE).handling(Handling.of(handling))
                .createdAt(Instant.now()).language("en").subject("Hand-made request").body("Anything on this truck?")
                .build();
    }

    /** Seals the message as its `from` office, encrypted to the given offices' certificates. */
    byte[] seal(LiaisonMessage message, List<String> encryptTo) throws Exception {
        OfficeKeys sender = th.getBean(OfficeKeyring.class).keysOf(message.from()).orElseThrow();
        NetworkRegistry registry = th.getBean(NetworkRegistry.class);
        List<X509Certificate> recipients = encryptTo.stream()
                .map(office -> registry.office(office).orElseThrow().encryptionCertificate()).toList();
        return th.getBean(Sealer.class).seal(json.toCanonicalBytes(message), sender.signing(),
                sender.encryption().certificate(), recipients);
    }

    /** Records the message in TH's outbox (QUEUED) as if TH had accepted it. */
    void recordInOutbox(LiaisonMessage message, byte[] envelope) {
        MessageStore messages = th.getBean(MessageStore.class);
        messages.saveOutbound(new OutboundMessage(
                MessageHeaders.of(message, Optional.of(Instant.now().plus(Duration.ofDays(1)))),
                ImmutableBytes.copyOf(envelope)));
        // The rogue sends its own hand-made JMS message; the outbox relay must not send a proper one.
        messages.markHandedToBroker(message.id());
    }

    /** Puts the bytes on TH's outbound queue to LA with the given clear properties. */
    void send(byte[] envelope, String messageId, String fromOffice, String toOffices, String duplicateId)
            throws Exception {
        send(envelope, messageId, fromOffice, toOffices, duplicateId, "REQUEST");
    }

    /**
     * Seals a hand-made consent message to its addressed office and sends it with honest clear properties; nothing is
     * recorded in TH's outbox (consent messages have no outbox row).
     */
    void sendConsent(LiaisonMessage message) throws Exception {
        send(seal(message, message.to()), message.id(), message.from(), String.join(",", message.to()),
                message.id() + ":LA", message.kind().name());
    }

    private void send(byte[] envelope, String messageId, String fromOffice, String toOffices, String duplicateId,
            String kind) throws Exception {
        NodeBroker broker = th.getBean(NodeBroker.class);
        try (Connection connection = broker.applicationConnectionFactory().createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue(BrokerAddresses.outboundTo("LA")));
            BytesMessage jms = session.createBytesMessage();
            jms.writeBytes(envelope);
            jms.setIntProperty(BloHeaders.PROTOCOL, 1);
            jms.setStringProperty(BloHeaders.MESSAGE_ID, messageId);
            jms.setStringProperty(BloHeaders.FROM_OFFICE, fromOffice);
            jms.setStringProperty(BloHeaders.TO_OFFICES, toOffices);
            jms.setStringProperty(BloHeaders.FROM_NODE, "TH");
            jms.setStringProperty(BloHeaders.TO_NODE, "LA");
            jms.setStringProperty(BloHeaders.KIND, kind);
            jms.setStringProperty(BloHeaders.PRIORITY, "IMMEDIATE");
            jms.setStringProperty(BloHeaders.DUPLICATE_ID, duplicateId);
            producer.send(jms);
        }
    }

    /** Puts a sealed attachment part on TH's outbound queue to LA, as {@link PartDispatcher} would. */
    void sendPart(byte[] sealedPart, String messageId, int index) throws Exception {
        NodeBroker broker = th.getBean(NodeBroker.class);
        try (Connection connection = broker.applicationConnectionFactory().createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue(BrokerAddresses.outboundTo("LA")));
            BytesMessage jms = session.createBytesMessage();
            jms.writeBytes(sealedPart);
            jms.setIntProperty(BloHeaders.PROTOCOL, 1);
            jms.setStringProperty(BloHeaders.MESSAGE_ID, messageId);
            jms.setStringProperty(BloHeaders.KIND, BloHeaders.ATTACHMENT_KIND);
            jms.setIntProperty(BloHeaders.PART_INDEX, index);
            jms.setStringProperty(BloHeaders.DUPLICATE_ID, messageId + "/" + index + ":LA");
            producer.send(jms);
        }
    }

    /** Seal, record and send in one go, with honest clear properties. */
    String sendSealed(LiaisonMessage message, List<String> encryptTo, String clearTo) throws Exception {
        byte[] envelope = seal(message, encryptTo);
        recordInOutbox(message, envelope);
        send(envelope, message.id(), message.from(), clearTo, message.id() + ":LA");
        return message.id();
    }
}
