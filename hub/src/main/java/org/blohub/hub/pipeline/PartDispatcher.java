package org.blohub.hub.pipeline;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageProducer;

import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.node.NodeProperties;
import org.blohub.hub.store.AttachmentStore;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends the sealed attachment parts of a message, one JMS message each, to the queue its envelope
 * goes to and before it, at the envelope's JMS priority, so they reach the peer first: queues and bridges keep the
 * order within a priority, but deliver a backlog (a link that was down) by priority first. The body
 * streams from the part file through Artemis' {@code JMS_AMQ_InputStream}: it travels as a large
 * message and is never held in memory whole.
 */
@Component
class PartDispatcher {

    private final AttachmentStore store;
    private final JmsTemplate jms;
    private final String nodeName;

    PartDispatcher(AttachmentStore store, ConnectionFactory connectionFactory,
            NodeProperties properties) {
        this.store = store;
        this.nodeName = properties.name();
        this.jms = new JmsTemplate(connectionFactory);
    }

    void sendParts(Dispatch dispatch, String queue) {
        for (int index : store.indexes(dispatch.messageId())) {
            Path part = store.part(dispatch.messageId(), index).orElseThrow();
            send(dispatch, queue, index, part);
        }
    }

    private void send(Dispatch dispatch, String queue, int index, Path part) {
        try (InputStream body = new BufferedInputStream(Files.newInputStream(part), 64 * 1024)) {
            jms.execute(session -> {
                BytesMessage message = session.createBytesMessage();
                message.setIntProperty(BloHeaders.PROTOCOL, BloHeaders.PROTOCOL_VERSION);
                message.setStringProperty(BloHeaders.MESSAGE_ID, dispatch.messageId());
                message.setStringProperty(BloHeaders.KIND, BloHeaders.ATTACHMENT_KIND);
                message.setIntProperty(BloHeaders.PART_INDEX, index);
                message.setStringProperty(BloHeaders.FROM_NODE, nodeName);
                message.setStringProperty(BloHeaders.TO_NODE, dispatch.destinationNode());
                message.setStringProperty(BloHeaders.DUPLICATE_ID,
                        dispatch.messageId() + "/" + index + ":" + dispatch.destinationNode());
                message.setObjectProperty(BloHeaders.ARTEMIS_INPUT_STREAM, body);
                try (MessageProducer producer = session.createProducer(session.createQueue(queue))) {
                    producer.send(message, DeliveryMode.PERSISTENT, DispatchRoute.jmsPriority(dispatch.priority()),
                            0);
                }
                return null;
            }, true);
        } catch (IOException e) {
            throw new PipelineException("message " + dispatch.messageId() + ": attachment part " + index
                    + " cannot be read from the attachment store", e);
        }
    }
}
