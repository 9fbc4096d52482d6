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
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.node.OfficeKeys;
import org.blohub.hub.store.AttachmentStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every attachment the signed message describes must have arrived as a part, decrypt for the
 * addressed office, and have exactly the signed size and SHA-256; only then is the message
 * delivered. Parts travel ahead of the envelope but are stored by another consumer, so a part still
 * being written is waited for, up to {@code blo.attachments.part-wait}.
 */
@Component
class AttachmentCheck implements Processor {

    private static final Duration POLL = Duration.ofMillis(100);

    private final AttachmentStore store;
    private final PartOpener opener;
    private final OfficeKeyring keyring;
    private final Duration partWait;

    AttachmentCheck(AttachmentStore store, PartOpener opener, OfficeKeyring keyring,
            @Value("${blo.attachments.part-wait:60s}") Duration partWait) {
        this.store = store;
        this.opener = opener;
        this.keyring = keyring;
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
        for (int index = 0; index < attachments.size(); index++) {
            Attachment expected = attachments.get(index);
            Path part = awaitPart(messageId, index).orElseThrow(missing(messageId, attachments.size(), refusing));
            PartDigest received = decrypt(part, office, messageId, index, refusing);
            if (!received.matches(expected.size(), expected.sha256())) {
                throw new InboundRefusedException(RefusalReason.ATTACHMENT_MISMATCH, "message " + messageId
                        + ": attachment " + index + " arrived with " + received.size() + " bytes and SHA-256 "
                        + received.sha256() + ", but the signed message describes " + expected.size()
                        + " bytes and SHA-256 " + expected.sha256() + "; send the message again", refusing, null);
            }
        }
    }

    private Supplier<InboundRefusedException> missing(String messageId, int count,
            Optional<String> refusing) {
        return () -> new InboundRefusedException(RefusalReason.ATTACHMENT_MISSING, "message " + messageId
                + " describes " + count + " attachment(s), but not all parts arrived within " + partWait
                + "; parts travel as separate JMS messages (" + BloHeaders.KIND + "=" + BloHeaders.ATTACHMENT_KIND
                + ") ahead of the envelope: send the message again with its attachments", refusing, null);
    }

    private Optional<Path> awaitPart(String messageId, int index) throws InterruptedException {
        long deadline = System.nanoTime() + partWait.toNanos();
        Optional<Path> part = store.part(messageId, index);
        while (part.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(POLL.toMillis());
            part = store.part(messageId, index);
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
