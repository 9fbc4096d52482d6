package org.blohub.hub.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageListener;

import org.blohub.adapters.canonical.MessageIds;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.DeliveringNodes;
import org.blohub.hub.store.AttachmentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.support.JmsUtils;

/**
 * Streams each arriving attachment part from {@code blo.inbound} into the attachment store, still sealed, under the
 * node that delivered it: the user the broker authenticated and stamped on the message. Nothing is trusted here:
 * the part only counts once the signed envelope that names its size and SHA-256 has arrived from that same node
 * and {@link AttachmentCheck} has decrypted and compared it. A part without a readable id or index, or whose
 * delivering node the broker did not name, is not stored: it is logged and audited REJECTED. A failed write rolls
 * the JMS transaction back, so the broker redelivers it.
 */
class PartReceiver implements MessageListener {

    private static final Logger LOG = LoggerFactory.getLogger(PartReceiver.class);

    private final AttachmentStore store;
    private final DeliveringNodes deliveringNodes;
    private final RefusedPartRecorder refusals;

    PartReceiver(AttachmentStore store, DeliveringNodes deliveringNodes, RefusedPartRecorder refusals) {
        this.store = store;
        this.deliveringNodes = deliveringNodes;
        this.refusals = refusals;
    }

    @Override
    public void onMessage(Message message) {
        try {
            Optional<String> node = deliveringNodes.nodeOf(
                    Optional.ofNullable(message.getStringProperty(BloHeaders.VALIDATED_USER_AS_JMS)));
            String actor = deliveringNodes.actorOfNode(node);
            String messageId = message.getStringProperty(BloHeaders.MESSAGE_ID);
            Optional<String> claimedId = Optional.ofNullable(messageId).filter(MessageIds::isUlid);
            if (!(message instanceof BytesMessage) || claimedId.isEmpty()
                    || !message.propertyExists(BloHeaders.PART_INDEX)) {
                LOG.warn("BLO-ATT-010 dropped an attachment part from {} without a valid {} or {}", actor,
                        BloHeaders.MESSAGE_ID, BloHeaders.PART_INDEX);
                refusals.record(PartRefusalReason.MALFORMED_PART, claimedId, actor);
                return;
            }
            int index;
            try {
                index = message.getIntProperty(BloHeaders.PART_INDEX);
            } catch (NumberFormatException | MessageFormatException e) {
                LOG.warn("BLO-ATT-010 dropped an attachment part of message {} from {} whose {} is not a number",
                        messageId, actor, BloHeaders.PART_INDEX);
                refusals.record(PartRefusalReason.MALFORMED_PART, claimedId, actor);
                return;
            }
            if (index < 0 || index > AttachmentStore.MAX_INDEX) {
                LOG.warn("BLO-ATT-011 dropped attachment part {} of message {} from {}: index outside 0..{}", index,
                        messageId, actor, AttachmentStore.MAX_INDEX);
                refusals.record(PartRefusalReason.PART_INDEX_OUT_OF_RANGE, claimedId, actor);
                return;
            }
            if (node.filter(AttachmentStore::isStorableNodeName).isEmpty()) {
                LOG.warn("BLO-ATT-012 dropped attachment part {} of message {}: the broker named no node that"
                        + " delivered it (is populate-validated-user on?)", index, messageId);
                refusals.record(PartRefusalReason.PART_DELIVERER_UNKNOWN, claimedId, actor);
                return;
            }
            store.writeReceived(messageId, node.get(), index,
                    out -> message.setObjectProperty(BloHeaders.ARTEMIS_SAVE_STREAM, out));
            LOG.info("BLO-ATT-001 stored attachment part {} of message {} from {}", index, messageId, actor);
        } catch (JMSException e) {
            throw JmsUtils.convertJmsAccessException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an arriving attachment part", e);
        }
    }
}
