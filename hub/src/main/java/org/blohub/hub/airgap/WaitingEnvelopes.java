package org.blohub.hub.airgap;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.BrokerAddresses;
import org.springframework.jms.JmsException;
import org.springframework.jms.core.JmsTemplate;

/**
 * The sealed envelopes (messages, receipts and consent messages) waiting in this node's queue for a peer, read with a queue browser:
 * nothing is taken off the queue, so they still go over the link when it is back. Left out: audit checkpoint
 * messages, attachment parts, and the envelopes whose attachment parts are still waiting, which only the link
 * carries (their parts would be missing on the other side).
 */
final class WaitingEnvelopes {

    private static final Set<String> OFFICE_KINDS = Set.of("REQUEST", "RESPONSE", "NOTIFICATION", "ALERT", "RECEIPT",
            "CONSENT_REQUEST", "CONSENT_REPLY");

    /** What is waiting for a peer: the envelopes a bundle can carry, and how many the link alone can. */
    record Waiting(List<BundleEnvelope> envelopes, int leftForTheLink) {

        Waiting {
            envelopes = List.copyOf(envelopes);
        }
    }

    private final JmsTemplate jms;

    WaitingEnvelopes(JmsTemplate jms) {
        this.jms = jms;
    }

    Waiting forPeer(String peer) {
        String queue = BrokerAddresses.outboundTo(peer);
        try {
            return jms.browse(queue, (session, browser) -> {
                Map<String, BundleEnvelope> envelopes = new LinkedHashMap<>();
                Set<String> withWaitingParts = new HashSet<>();
                Enumeration<?> messages = browser.getEnumeration();
                while (messages.hasMoreElements()) {
                    Message message = (Message) messages.nextElement();
                    String kind = message.getStringProperty(BloHeaders.KIND);
                    String messageId = message.getStringProperty(BloHeaders.MESSAGE_ID);
                    if (BloHeaders.ATTACHMENT_KIND.equals(kind) && messageId != null) {
                        withWaitingParts.add(messageId);
                    } else if (OFFICE_KINDS.contains(kind) && messageId != null
                            && message instanceof BytesMessage bytes) {
                        envelopes.putIfAbsent(messageId + "/" + kind, envelope(bytes, messageId, kind));
                    }
                }
                List<BundleEnvelope> carried = new ArrayList<>();
                int left = 0;
                for (BundleEnvelope envelope : envelopes.values()) {
                    if (withWaitingParts.contains(envelope.routing().messageId())) {
                        left++;
                    } else {
                        carried.add(envelope);
                    }
                }
                return new Waiting(carried, left);
            });
        } catch (JmsException e) {
            throw new AirGapException("cannot browse queue " + queue + " of this node's broker", e);
        }
    }

    private static BundleEnvelope envelope(BytesMessage message, String messageId, String kind) throws JMSException {
        byte[] body = new byte[Math.toIntExact(message.getBodyLength())];
        message.readBytes(body);
        EnvelopeRouting routing = new EnvelopeRouting(messageId,
                text(message, BloHeaders.FROM_OFFICE), text(message, BloHeaders.TO_OFFICES),
                text(message, BloHeaders.FROM_NODE), text(message, BloHeaders.TO_NODE), kind,
                text(message, BloHeaders.PRIORITY), message.getJMSPriority(), message.getJMSExpiration());
        return new BundleEnvelope(routing, body);
    }

    private static String text(Message message, String property) throws JMSException {
        String value = message.getStringProperty(property);
        return value == null ? "" : value;
    }
}
