package org.blohub.hub.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.blohub.hub.pipeline.AttachmentReader;
import org.blohub.hub.pipeline.AttachmentUnavailableException;
import org.blohub.hub.pipeline.ReadMarker;
import org.blohub.hub.security.CurrentCaller;
import org.blohub.hub.security.OfficeCaller;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.StoredMessage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * One message in its conversation: the thread oldest first, each message with its sender, signer and signature
 * badge, handling code, entities, attachments and receipts. Opening a received message marks it read (a signed READ
 * receipt goes back) and offers to forward it ({@link ForwardPanel}). Another office's message is not found.
 */
@Controller
class MessagePages {

    private final OfficeMessages messages;
    private final ReadMarker readMarker;
    private final AttachmentReader attachments;
    private final CurrentCaller callers;
    private final ForwardPanel forwardPanel;
    private final Clock clock;

    MessagePages(OfficeMessages messages, ReadMarker readMarker, AttachmentReader attachments, CurrentCaller callers,
            ForwardPanel forwardPanel, Clock clock) {
        this.messages = messages;
        this.readMarker = readMarker;
        this.attachments = attachments;
        this.callers = callers;
        this.forwardPanel = forwardPanel;
        this.clock = clock;
    }

    @GetMapping("/messages/{id}")
    String message(@PathVariable String id, Authentication authentication, Model model) {
        OfficeCaller caller = callers.of(authentication);
        StoredMessage stored = find(caller, id);
        if (stored.summary().direction() == Direction.INBOUND) {
            readMarker.markRead(stored, caller.office(), caller.name());
            forwardPanel.addTo(model, caller.office(), stored.summary().header());
        }
        String conversation = stored.summary().header().conversationId();
        model.addAttribute("current", id);
        model.addAttribute("thread", messages.conversation(caller.office(), conversation));
        model.addAttribute("now", clock.instant());
        return "message";
    }

    @GetMapping("/messages/{id}/attachments/{index}")
    void attachment(@PathVariable String id, @PathVariable int index, Authentication authentication,
            HttpServletResponse response) throws IOException {
        OfficeCaller caller = callers.of(authentication);
        AttachmentReader.DecryptedAttachment attachment;
        try {
            attachment = attachments.decrypt(find(caller, id), caller.office(), index)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (AttachmentUnavailableException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage(), e);
        }
        try {
            response.setContentType(mediaTypeOf(attachment.mediaType()));
            response.setContentLengthLong(attachment.size());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(attachment.name(), StandardCharsets.UTF_8).build().toString());
            Files.copy(attachment.file(), response.getOutputStream());
        } finally {
            Files.deleteIfExists(attachment.file());
        }
    }

    private StoredMessage find(OfficeCaller caller, String id) {
        return messages.find(caller.office(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String mediaTypeOf(String declared) {
        try {
            return MediaType.parseMediaType(declared).toString();
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM_VALUE;
        }
    }
}
