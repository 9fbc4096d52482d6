package org.blohub.adapters.mail;

import java.io.ByteArrayInputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.blohub.adapters.canonical.Handling;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageIds;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Priority;
import org.blohub.adapters.canonical.SourceDocument;
import org.blohub.adapters.intake.DocumentBytes;
import org.blohub.adapters.intake.DocumentRefusedException;
import org.blohub.adapters.spi.InboundTranslator;
import org.blohub.adapters.spi.NationalDocument;
import org.blohub.adapters.spi.TranslatedMessage;
import org.blohub.adapters.spi.Translation;
import org.blohub.adapters.spi.TranslationContext;
import org.blohub.adapters.spi.TranslationRefusal;

/**
 * An officer's e-mail ({@code mm-officer-email}, RFC 5322 / MIME): {@code Subject: [IMMEDIATE] Request to
 * TH-MAESAI: ...} gives priority, kind and subject; the {@code Key: value} lines opening the text give
 * the addressed offices, handling, reply deadline and conversation; the rest is the body and MIME
 * attachments travel as attachment files. The sending office is the channel's ({@link TranslationContext#office()});
 * the sender address is kept in {@code source.nationalReferences.mailFrom} for the hub's sender check.
 */
public final class OfficerMailTranslator implements InboundTranslator {

    public static final String FORMAT_ID = "mm-officer-email";
    static final String SYSTEM = "mm-officer-mail";

    private static final Pattern SUBJECT = Pattern.compile("^\\s*\\[([^\\]]*)]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern KIND_PREFIX = Pattern.compile("^(Request|Response|Notification|Alert|Receipt) to [^:]+:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern OFFICE_ID = Pattern.compile("^[A-Z]{2}-[A-Z0-9]{2,20}$");
    private static final Pattern HANDLING = Pattern.compile("^(H[0-3])(?:\\s+(.+))?$");
    private static final Pattern COMMENT = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    private static final DateTimeFormatter REPLY_BY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public Translation translate(NationalDocument document, TranslationContext context) {
        try {
            byte[] content = DocumentBytes.sized(document);
            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(content));
            return translate(mail, content, context);
        } catch (DocumentRefusedException e) {
            return Translation.refused(e.refusal());
        } catch (MessagingException e) {
            return Translation.refused(TranslationRefusal.ofDocument("message", "The mail cannot be read as an RFC 5322 message."));
        }
    }

    private Translation translate(MimeMessage mail, byte[] content, TranslationContext context)
            throws MessagingException, DocumentRefusedException {
        List<TranslationRefusal> refusals = new ArrayList<>();
        String mailFrom = sender(mail);
        ZonedDateTime sent = sentAt(mail);
        Optional<SubjectLine> subject = subject(mail, refusals);
        MailParts parts = MailParts.of(mail);
        if (parts.text().isEmpty()) {
            throw new DocumentRefusedException("message", "Content-Type", "The mail has no plain-text part; write the request as plain text.");
        }
        MailKeyBlock block = MailKeyBlock.of(parts.text().get());
        List<String> to = recipients(block, refusals);
        Handling handling = handling(block, context, refusals);
        Optional<Instant> replyBy = replyBy(block, sent, refusals);
        Optional<String> conversation = conversation(block, refusals);
        if (block.body().isEmpty()) {
            refusals.add(new TranslationRefusal("body", "", "The mail has no message text after the Key: value lines; write the request."));
        }
        if (!refusals.isEmpty()) {
            return new Translation(List.of(), refusals);
        }
        String id = context.ids().next();
        MessageKind kind = subject.get().kind().orElse(conversation.isPresent() ? MessageKind.RESPONSE : MessageKind.REQUEST);
        String messageId = Optional.ofNullable(mail.getMessageID()).map(String::strip).orElse("");
        String reference = messageId.isEmpty() ? "sha256:" + DocumentBytes.sha256Hex(content) : messageId;
        LiaisonMessage message = LiaisonMessage.builder()
                .id(id)
                .conversationId(conversation.orElse(id))
                .inReplyTo(conversation)
                .from(context.office())
                .to(to)
                .kind(kind)
                .priority(subject.get().priority())
                .handling(handling)
                .createdAt(sent.toInstant())
                .replyBy(replyBy)
                .language(context.defaults().language())
                .subject(subject.get().text())
                .body(block.body())
                .source(SourceDocument.of(SYSTEM, FORMAT_ID, reference, Map.of("mailFrom", mailFrom)))
                .build();
        return new Translation(List.of(new TranslatedMessage(message, "message", reference, parts.attachments())), List.of());
    }

    /** Priority, kind (if the subject says it) and the subject text of {@code [IMMEDIATE] Request to X: text}. */
    private record SubjectLine(Priority priority, Optional<MessageKind> kind, String text) {
    }

    private static Optional<SubjectLine> subject(MimeMessage mail, List<TranslationRefusal> refusals) throws MessagingException {
        String subject = Optional.ofNullable(mail.getSubject()).orElse("").strip();
        Matcher m = SUBJECT.matcher(subject);
        if (!m.matches()) {
            refusals.add(new TranslationRefusal("header Subject", "Subject",
                    "Start the subject with the priority in brackets: [FLASH], [IMMEDIATE] or [ROUTINE]."));
            return Optional.empty();
        }
        Optional<Priority> priority = Arrays.stream(Priority.values())
                .filter(p -> p.name().equalsIgnoreCase(m.group(1).strip())).findFirst();
        if (priority.isEmpty()) {
            refusals.add(new TranslationRefusal("header Subject", "Subject",
                    "The priority in brackets is not known; use [FLASH], [IMMEDIATE] or [ROUTINE]."));
            return Optional.empty();
        }
        String rest = m.group(2).strip();
        Matcher kind = KIND_PREFIX.matcher(rest);
        if (kind.matches()) {
            rest = kind.group(2).strip();
        }
        if (rest.isEmpty()) {
            refusals.add(new TranslationRefusal("header Subject", "Subject", "The subject has no text after the priority; say what the mail is about."));
            return Optional.empty();
        }
        return Optional.of(new SubjectLine(priority.get(),
                kind.matches() ? Optional.of(MessageKind.valueOf(kind.group(1).toUpperCase(Locale.ROOT))) : Optional.empty(), rest));
    }

    private static String sender(MimeMessage mail) throws DocumentRefusedException {
        try {
            Address[] from = mail.getFrom();
            if (from != null && from.length == 1 && from[0] instanceof InternetAddress address && address.getAddress() != null) {
                return address.getAddress().toLowerCase(Locale.ROOT);
            }
        } catch (MessagingException e) {
            // reported below as an unreadable From header
        }
        throw new DocumentRefusedException("header From", "From", "The mail must have one readable sender address in From.");
    }

    private static ZonedDateTime sentAt(MimeMessage mail) throws MessagingException, DocumentRefusedException {
        String[] date = mail.getHeader("Date");
        if (date == null || date.length != 1) {
            throw new DocumentRefusedException("header Date", "Date", "The mail must have one Date header (RFC 5322).");
        }
        try {
            return ZonedDateTime.parse(COMMENT.matcher(date[0].strip()).replaceAll(""), DateTimeFormatter.RFC_1123_DATE_TIME);
        } catch (DateTimeException e) {
            throw new DocumentRefusedException("header Date", "Date", "The Date header is not an RFC 5322 date such as "
                    + "Sat, 28 Nov 2026 10:05:00 +0630.");
        }
    }

    private static List<String> recipients(MailKeyBlock block, List<TranslationRefusal> refusals) {
        Optional<MailKeyBlock.KeyLine> to = block.key("To");
        if (to.isEmpty() || to.get().value().isEmpty()) {
            refusals.add(new TranslationRefusal("body line 1", "To", "The mail text must start with a To: line naming the "
                    + "addressed offices, e.g. To: TH-MAESAI (several separated by commas)."));
            return List.of();
        }
        List<String> offices = Arrays.stream(to.get().value().split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String office : offices) {
            if (!OFFICE_ID.matcher(office).matches()) {
                refusals.add(new TranslationRefusal("body line " + to.get().line(), "To",
                        "Each addressed office must be an office id such as TH-MAESAI."));
                return List.of();
            }
        }
        return offices;
    }

    private static Handling handling(MailKeyBlock block, TranslationContext context, List<TranslationRefusal> refusals) {
        Optional<MailKeyBlock.KeyLine> line = block.key("Handling");
        if (line.isEmpty()) {
            return context.defaults().handling();
        }
        Matcher m = HANDLING.matcher(line.get().value());
        if (!m.matches()) {
            refusals.add(new TranslationRefusal("body line " + line.get().line(), "Handling",
                    "Write the handling code H0, H1, H2 or H3, optionally followed by the restriction text."));
            return context.defaults().handling();
        }
        return new Handling(HandlingCode.valueOf(m.group(1)), Optional.ofNullable(m.group(2)).map(String::strip));
    }

    /** A date means the end of that day in the sender's zone (the offset of the Date header). */
    private static Optional<Instant> replyBy(MailKeyBlock block, ZonedDateTime sent, List<TranslationRefusal> refusals) {
        Optional<MailKeyBlock.KeyLine> line = block.key("Reply-By");
        if (line.isEmpty() || line.get().value().equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        String value = line.get().value();
        ZoneOffset offset = sent.getOffset();
        try {
            if (value.length() == 10) {
                return Optional.of(LocalDate.parse(value).atTime(LocalTime.of(23, 59, 59)).toInstant(offset));
            }
            return Optional.of(LocalDateTime.parse(value, REPLY_BY_TIME).toInstant(offset));
        } catch (DateTimeException e) {
            refusals.add(new TranslationRefusal("body line " + line.get().line(), "Reply-By",
                    "Write the reply deadline as yyyy-MM-dd (end of that day) or yyyy-MM-dd HH:mm, in your time zone."));
            return Optional.empty();
        }
    }

    private static Optional<String> conversation(MailKeyBlock block, List<TranslationRefusal> refusals) {
        Optional<MailKeyBlock.KeyLine> line = block.key("Conversation");
        if (line.isEmpty() || line.get().value().equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        if (!MessageIds.isUlid(line.get().value())) {
            refusals.add(new TranslationRefusal("body line " + line.get().line(), "Conversation",
                    "Write none, or the id of the message you answer (26 characters, as in the mail you received)."));
            return Optional.empty();
        }
        return Optional.of(line.get().value());
    }

}
