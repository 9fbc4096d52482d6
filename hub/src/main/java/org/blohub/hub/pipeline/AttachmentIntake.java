package org.blohub.hub.pipeline;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.blohub.adapters.canonical.Attachment;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.crypto.cms.PartDigest;
import org.blohub.crypto.cms.PartSealer;
import org.blohub.crypto.cms.SealingException;
import org.blohub.hub.store.AttachmentStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Seals uploaded files as the attachment parts of a message about to be submitted, streaming each
 * into the node's attachment store, and returns their descriptors (name, media type, size, SHA-256)
 * computed on the way: the caller does not compute them, and the signed message then binds them.
 */
@Component
public class AttachmentIntake {

    private final PartSealer sealer;
    private final RecipientCertificates recipients;
    private final AttachmentStore store;
    private final long maxAttachmentBytes;

    AttachmentIntake(PartSealer sealer, RecipientCertificates recipients, AttachmentStore store,
            @Value("${blo.attachments.max-size:20MB}") DataSize maxAttachmentSize) {
        this.sealer = sealer;
        this.recipients = recipients;
        this.store = store;
        this.maxAttachmentBytes = maxAttachmentSize.toBytes();
    }

    /** One uploaded file; the name and media type are the uploader's, the content is read once. */
    public record Upload(String name, String mediaType, InputStreamSource content) {
    }

    /**
     * Seals every upload to the message's recipients and the sender, stored as parts 0..n-1 of the message.
     *
     * @throws SubmissionRefusedException an upload is larger than the limit, or the message names an
     *                                    office that is not known; nothing is kept then
     */
    public List<Attachment> seal(LiaisonMessage message, List<Upload> uploads) throws SubmissionRefusedException {
        RecipientCertificates.Sealing sealing = recipients.of(message);
        List<Attachment> descriptors = new ArrayList<>();
        try {
            for (int index = 0; index < uploads.size(); index++) {
                Upload upload = uploads.get(index);
                PartDigest digest = sealPart(message.id(), index, upload, sealing);
                if (digest.size() > maxAttachmentBytes) {
                    throw new SubmissionRefusedException(SubmissionRefusedException.Problem.TOO_LARGE, "attachment "
                            + index + " has " + digest.size() + " bytes; each attachment may have at most "
                            + maxAttachmentBytes + " bytes", List.of());
                }
                descriptors.add(new Attachment(displayName(upload.name(), index), mediaType(upload.mediaType()),
                        digest.size(), digest.sha256()));
            }
        } catch (SubmissionRefusedException | RuntimeException e) {
            discard(message.id());
            throw e;
        }
        return descriptors;
    }

    /** Removes the parts of a submission that was refused before it was recorded. */
    public void discard(String messageId) {
        try {
            store.deleteAll(messageId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the attachment parts of refused message " + messageId, e);
        }
    }

    private PartDigest sealPart(String messageId, int index, Upload upload, RecipientCertificates.Sealing sealing)
            throws SubmissionRefusedException {
        PartDigest[] digest = new PartDigest[1];
        try (InputStream content = new BufferedInputStream(upload.content().getInputStream(), 64 * 1024)) {
            store.write(messageId, index, out -> digest[0] = sealer.seal(content, out,
                    sealing.sender().encryption().certificate(), sealing.recipients()));
        } catch (SealingException e) {
            throw new SubmissionRefusedException(SubmissionRefusedException.Problem.INVALID, "message " + messageId
                    + ": attachment " + index + " cannot be sealed: " + e.getMessage(), List.of());
        } catch (IOException e) {
            throw new PipelineException("message " + messageId + ": attachment " + index
                    + " cannot be stored in the node's attachment store", e);
        }
        return digest[0];
    }

    /** The file name without any directory part the client sent along. */
    private static String displayName(String name, int index) {
        if (name == null || name.isBlank()) {
            return "attachment-" + index;
        }
        String withoutPath = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return withoutPath.isEmpty() ? "attachment-" + index : withoutPath;
    }

    private static String mediaType(String mediaType) {
        return mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType;
    }
}
