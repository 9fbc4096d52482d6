package org.blohub.hub.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.blohub.adapters.canonical.Attachment;
import org.blohub.adapters.canonical.LiaisonMessageFormatException;
import org.blohub.adapters.canonical.LiaisonMessageJson;
import org.blohub.crypto.cms.OpenRefusedException;
import org.blohub.crypto.cms.Opener;
import org.blohub.crypto.cms.PartDigest;
import org.blohub.crypto.cms.PartOpener;
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.node.OfficeKeys;
import org.blohub.hub.store.AttachmentStore;
import org.blohub.hub.store.ContentPurge;
import org.blohub.hub.store.StoredMessage;
import org.springframework.stereotype.Component;

/**
 * Decrypts one attachment of a stored message for an office that may read the message: the signed
 * envelope gives the descriptor, the sealed part is decrypted into a temporary file and handed out
 * only once its GCM tag, size and SHA-256 matched the descriptor.
 */
@Component
public class AttachmentReader {

    private final Opener opener;
    private final PartOpener partOpener;
    private final OfficeKeyring keyring;
    private final LiaisonMessageJson json;
    private final AttachmentStore store;

    AttachmentReader(Opener opener, PartOpener partOpener, OfficeKeyring keyring, LiaisonMessageJson json,
            AttachmentStore store) {
        this.opener = opener;
        this.partOpener = partOpener;
        this.keyring = keyring;
        this.json = json;
        this.store = store;
    }

    /**
     * A verified plaintext copy of an attachment; the caller streams and then deletes {@code file}.
     *
     * @param name      the file name from the signed descriptor
     * @param mediaType the media type from the signed descriptor
     */
    public record DecryptedAttachment(Path file, String name, String mediaType, long size) {
    }

    /**
     * @return empty when the signed message has no attachment at this index
     * @throws AttachmentUnavailableException the envelope or the part cannot be opened, or the part
     *                                        is missing or differs from its descriptor
     */
    public Optional<DecryptedAttachment> decrypt(StoredMessage stored, String office, int index)
            throws AttachmentUnavailableException {
        String messageId = stored.summary().messageId();
        Optional<ContentPurge> purge = stored.summary().purge();
        if (purge.isPresent()) {
            throw new AttachmentUnavailableException("message " + messageId + ": its content and attachments were "
                    + "purged at " + purge.get().purgedAt() + " under " + purge.get().rule(), null);
        }
        OfficeKeys keys = keyring.keysOf(office).orElseThrow();
        List<Attachment> attachments;
        try {
            attachments = json.fromJson(opener.open(stored.envelope().orElseThrow().toByteArray(), keys.encryption(),
                            messageId)
                    .content()).attachments();
        } catch (OpenRefusedException | LiaisonMessageFormatException e) {
            throw new AttachmentUnavailableException("message " + messageId + " cannot be opened: " + e.getMessage(), e);
        }
        if (index < 0 || index >= attachments.size()) {
            return Optional.empty();
        }
        Attachment descriptor = attachments.get(index);
        List<Path> copies = store.copiesOf(messageId, index);
        if (copies.isEmpty()) {
            throw new AttachmentUnavailableException("message " + messageId + ": attachment " + index
                    + " is not in this node's attachment store", null);
        }
        AttachmentUnavailableException refused = null;
        for (Path copy : copies) {
            try {
                return Optional.of(decrypt(copy, descriptor, keys, messageId, index));
            } catch (AttachmentUnavailableException e) {
                refused = e;
            }
        }
        throw refused;
    }

    /** Only a copy that matches the signed descriptor is handed out; the store may hold others, e.g. planted ones. */
    private DecryptedAttachment decrypt(Path part, Attachment descriptor, OfficeKeys keys, String messageId,
            int index) throws AttachmentUnavailableException {
        Path plaintext = null;
        try {
            plaintext = Files.createTempFile("blo-attachment-", ".bin");
            PartDigest digest;
            try (InputStream sealed = new BufferedInputStream(Files.newInputStream(part), 64 * 1024);
                    OutputStream out = new BufferedOutputStream(Files.newOutputStream(plaintext), 64 * 1024)) {
                digest = partOpener.open(sealed, out, keys.encryption(), messageId + "/" + index);
            }
            if (!digest.matches(descriptor.size(), descriptor.sha256())) {
                throw new AttachmentUnavailableException("message " + messageId + ": attachment " + index
                        + " in the store differs from its signed descriptor", null);
            }
            DecryptedAttachment result = new DecryptedAttachment(plaintext, descriptor.name(), descriptor.mediaType(),
                    digest.size());
            plaintext = null;
            return result;
        } catch (OpenRefusedException e) {
            throw new AttachmentUnavailableException("message " + messageId + ": attachment " + index
                    + " cannot be opened: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new PipelineException("message " + messageId + ": attachment " + index + " cannot be decrypted", e);
        } finally {
            deleteQuietly(plaintext);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
