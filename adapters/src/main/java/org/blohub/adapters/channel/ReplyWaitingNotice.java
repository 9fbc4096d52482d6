package org.blohub.adapters.channel;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Tells an officer who asked by e-mail that a reply is waiting in BLO Hub. The notice names only the reply's message
 * id and the office: never the reply's subject, body or any person, which stay in BLO Hub.
 */
public final class ReplyWaitingNotice {

    public static final String SUBJECT = "A reply is waiting in BLO Hub";

    private final SmtpServer server;

    public ReplyWaitingNotice(SmtpServer server) {
        this.server = server;
    }

    /** @throws MessagingException when the server cannot be reached or refuses the notice */
    public void send(String address, String messageId, String office) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", server.host());
        properties.put("mail.smtp.port", Integer.toString(server.port()));
        properties.put("mail.smtp.starttls.enable", "true");
        properties.put("mail.smtp.auth", Boolean.toString(server.user().isPresent()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        Session session = Session.getInstance(properties);
        MimeMessage notice = new MimeMessage(session);
        notice.setFrom(new InternetAddress(server.from()));
        notice.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
        notice.setSubject(SUBJECT, StandardCharsets.UTF_8.name());
        notice.setText("A reply to your request is waiting in BLO Hub for office " + office + " (message " + messageId
                + ").\r\nSign in to BLO Hub to read it. This notice carries none of its content.\r\n",
                StandardCharsets.UTF_8.name());
        if (server.user().isPresent()) {
            Transport.send(notice, server.user().get(), server.password().orElse(""));
        } else {
            Transport.send(notice);
        }
    }
}
