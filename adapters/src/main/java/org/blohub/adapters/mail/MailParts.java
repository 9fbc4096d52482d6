package org.blohub.adapters.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import org.blohub.adapters.intake.DocumentBytes;
import org.blohub.adapters.intake.DocumentRefusedException;
import org.blohub.adapters.spi.AttachmentFile;

/**
 * The parts of a MIME message: the first {@code text/plain} part that is not an attachment is the text,
 * decoded strictly in its declared charset; every other leaf part is an attachment file.
 */
final class MailParts {

    private Optional<String> text = Optional.empty();
    private final List<AttachmentFile> attachments = new ArrayList<>();

    static MailParts of(Part message) throws DocumentRefusedException {
        MailParts parts = new MailParts();
        try {
            parts.walk(message, "message");
        } catch (MessagingException | IOException e) {
            throw new DocumentRefusedException("message", "", "The MIME structure cannot be read; send the mail again as plain text.");
        }
        return parts;
    }

    Optional<String> text() {
        return text;
    }

    List<AttachmentFile> attachments() {
        return List.copyOf(attachments);
    }

    private void walk(Part part, String where) throws MessagingException, IOException, DocumentRefusedException {
        ContentType type = contentType(part, where);
        if (type.match("multipart/*")) {
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart)) {
                throw new DocumentRefusedException(where, "Content-Type", "The multipart part has no readable parts.");
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, where + " part " + (i + 1));
            }
            return;
        }
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
        if (type.match("text/plain") && !attached && text.isEmpty()) {
            text = Optional.of(decode(bytes(part), type, where));
            return;
        }
        attachments.add(new AttachmentFile(fileName(part), type.getBaseType().toLowerCase(Locale.ROOT), bytes(part)));
    }

    private static ContentType contentType(Part part, String where) throws MessagingException, DocumentRefusedException {
        try {
            return new ContentType(Optional.ofNullable(part.getContentType()).orElse("text/plain"));
        } catch (ParseException e) {
            throw new DocumentRefusedException(where, "Content-Type", "The Content-Type header cannot be read.");
        }
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String decode(byte[] bytes, ContentType type, String where) throws DocumentRefusedException {
        String declared = Optional.ofNullable(type.getParameter("charset")).orElse("US-ASCII");
        Charset charset;
        try {
            charset = Charset.forName(MimeUtility.javaCharset(declared));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new DocumentRefusedException(where, "Content-Type", "The charset " + declared + " is not supported; send the mail in UTF-8.");
        }
        try {
            return DocumentBytes.decode(bytes, 0, charset);
        } catch (DocumentRefusedException e) {
            throw new DocumentRefusedException(where + " text, " + e.refusal().locator(), "Content-Type", e.refusal().reason());
        }
    }

    private String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name != null) {
            try {
                name = MimeUtility.decodeText(name);
            } catch (UnsupportedEncodingException e) {
                name = null;
            }
        }
        if (name == null || name.isBlank()) {
            return "attachment-" + (attachments.size() + 1);
        }
        String withoutFolder = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return withoutFolder.isEmpty() ? "attachment-" + (attachments.size() + 1) : withoutFolder;
    }
}
