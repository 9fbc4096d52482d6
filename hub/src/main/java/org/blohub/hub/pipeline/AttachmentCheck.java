package org.blohub.hub.pipeline;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.adapters.canonical.Attachment;
import org.blohub.crypto.cms.OpenRefusedException;
import org.blohub.crypto.cms.PartDigest;
import org.blohub.crypto.cms.PartOpener;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.DeliveringNodes;
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.node.OfficeKeys;
import org.blohub.hub.store.AttachmentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every attachment the signed message describes must have arrived as a part from the node that delivered the
 * envelope, decrypt for the addressed office, and have exactly the signed size and SHA-256; only then is the
 * message delivered. Parts travel ahead of the envelope but are stored by another consumer, so a part still
 * being written is waited for, up to {@code blo.attachments.part-wait}. Parts other nodes delivered under the same
 * message id are never looked at: once the sender's parts matched, they are audited REJECTED and removed.
 */
@Component
class AttachmentCheck implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentCheck.class);
    private static final Duration POLL = Duration.ofMillis(100);

    private final AttachmentStore store;
    private final PartOpener opener;
    private final OfficeKeyring keyring;
    private final DeliveringNodes deliveringNodes;
    private final RefusedPartRecorder refusals;
    private final Duration partWait;

    AttachmentCheck(AttachmentStore store, PartOpener opener, OfficeKeyring keyring, DeliveringNodes deliveringNodes,
            RefusedPartRecorder refusals, @Value("${blo.attachments.part-wait:60s}") Duration partWait) {
        this.store = store;
        this.opener = opener;
        this.keyring = keyring;
        this.deliveringNodes = deliveringNodes;
        this.refusals = refusals;
        this.partWait = partWait;
    }

    @Override
    public void process(Exchange exchange) throws InboundRefusedException, InterruptedException {
        OpenedMessage opened = InboundExchange.opened(exchange);
        List<Attachment> attachments = opened.message().attachments();
        if (attachments.isEmpty()) {
            return;
        }
        String messageId = opened.message().id();
        OfficeKeys office = keyring.keysOf(opened.office()).orElseThrow();
        Optional<String> refusing = Optional.of(opened.office());
        String sender = deliveringNodes.nodeOf(InboundExchange.arrival(exchange).validatedUser(),
                        InboundExchange.arrival(exchange).bundleNode())
                .filter(AttachmentStore::isStorableNodeName)
                .orElseThrow(() -> new InboundRefusedException(RefusalReason.PEER_IS_NOT_SENDER, "message "
                        + messageId + ": the broker did not name the node that delivered it, so none of its"
                        + " attachment parts can be taken as the sender's", refusing, null));
        for (int index = 0; index < attachments.size(); index++) {
            Attachment expected = attachments.get(index);
            Path part = awaitPart(messageId, sender, index)
                    .orElseThrow(missing(messageId, sender, attachments.size(), refusing));
            PartDigest received = decrypt(part, office, messageId, index, refusing);
            if (!received.matches(expected.size(), expected.sha256())) {
                throw new InboundRefusedException(RefusalReason.ATTACHMENT_MISMATCH, "message " + messageId
                        + ": attachment " + index + " arrived with " + received.size() + " bytes and SHA-256 "
                        + received.sha256() + ", but the signed message describes " + expected.size()
                        + " bytes and SHA-256 " + expected.sha256() + "; send the message again", refusing, null);
            }
        }
        refusePartsDeliveredByOthers(messageId, sender);
    }

    private void refusePartsDeliveredByOthers(String messageId, String sender) {
        for (String other : store.deliveringNodes(messageId)) {
            if (other.equals(sender)) {
                continue;
            }
            String actor = deliveringNodes.actorOfNode(Optional.of(other));
            store.receivedIndexes(messageId, other).forEach(index ->
                    refusals.record(PartRefusalReason.PART_NOT_FROM_SENDER, Optional.of(messageId), actor));
            LOG.warn("BLO-ATT-013 removed attachment parts of message {} delivered by {}: its envelope came from"
                    + " node {}", messageId, actor, sender);
            try {
                store.deleteReceived(messageId, other);
            } catch (IOException e) {
                // never fail the sender's message over another node's leftovers: they are refused and unused
                LOG.warn("BLO-ATT-014 could not remove attachment parts of message {} delivered by {}: {}",
                        messageId, actor, e.toString());
            }
        }
    }

    private Supplier<InboundRefusedException> missing(String messageId, String sender, int count,
            Optional<String> refusing) {
        return () -> new InboundRefusedException(RefusalReason.ATTACHMENT_MISSING, "message " + messageId
                + " describes " + count + " attachment(s), but not all parts arrived from node " + sender
                + " within " + partWait
                + "; parts travel as separate JMS messages (" + BloHeaders.KIND + "=" + BloHeaders.ATTACHMENT_KIND
                + ") ahead of the envelope: send the message again with its attachments", refusing, null);
    }

    private Optional<Path> awaitPart(String messageId, String sender, int index) throws InterruptedException {
        long deadline = System.nanoTime() + partWait.toNanos();
        Optional<Path> part = store.receivedPart(messageId, sender, index);
        while (part.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(POLL.toMillis());
            part = store.receivedPart(messageId, sender, index);
        }
        return part;
    }

    private PartDigest decrypt(Path part, OfficeKeys office, String messageId, int index, Optional<String> refusing)
            throws InboundRefusedException {
        try (InputStream sealed = new BufferedInputStream(Files.newInputStream(part), 64 * 1024)) {
            return opener.open(sealed, OutputStream.nullOutputStream(), office.encryption(), messageId + "/" + index);
        } catch (OpenRefusedException e) {
            throw new InboundRefusedException(RefusalReason.ATTACHMENT_MISMATCH, "attachment " + index + ": "
                    + e.getMessage(), refusing, e);
        } catch (IOException e) {
            throw new PipelineException("message " + messageId + ": attachment part " + index
                    + " cannot be read from the attachment store", e);
        }
    }
}
