package org.blohub.hub.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import org.blohub.adapters.canonical.MessageIds;
import org.blohub.hub.store.AttachmentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.support.JmsUtils;

/**
 * Streams each arriving attachment part from {@code blo.inbound} into the attachment store, still
 * sealed. Nothing is trusted here: the part only counts once the signed envelope that names its
 * size and SHA-256 has arrived and {@link AttachmentCheck} has decrypted and compared it. A part
 * without a readable id or index is dropped with a log line; a failed write rolls the JMS
 * transaction back, so the broker redelivers it.
 */
class PartReceiver implements MessageListener {

    private static final Logger LOG = LoggerFactory.getLogger(PartReceiver.class);

    private final AttachmentStore store;

    PartReceiver(AttachmentStore store) {
        this.store = store;
    }

    @Override
    public void onMessage(Message message) {
        try {
            String messageId = message.getStringProperty(BloHeaders.MESSAGE_ID);
            if (!(message instanceof BytesMessage) || !MessageIds.isUlid(messageId)
                    || !message.propertyExists(BloHeaders.PART_INDEX)) {
                LOG.warn("BLO-ATT-010 dropped an attachment part without a valid {} or {}", BloHeaders.MESSAGE_ID,
                        BloHeaders.PART_INDEX);
                return;
            }
            int index = message.getIntProperty(BloHeaders.PART_INDEX);
            if (index < 0 || index > AttachmentStore.MAX_INDEX) {
                LOG.warn("BLO-ATT-011 dropped attachment part {} of message {}: index outside 0..{}", index, messageId,
                        AttachmentStore.MAX_INDEX);
                return;
            }
            store.write(messageId, index, out -> message.setObjectProperty(BloHeaders.ARTEMIS_SAVE_STREAM, out));
            LOG.info("BLO-ATT-001 stored attachment part {} of message {}", index, messageId);
        } catch (JMSException e) {
            throw JmsUtils.convertJmsAccessException(e);
        } catch (NumberFormatException e) {
            LOG.warn("BLO-ATT-010 dropped an attachment part whose {} is not a number", BloHeaders.PART_INDEX);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an arriving attachment part", e);
        }
    }
}
