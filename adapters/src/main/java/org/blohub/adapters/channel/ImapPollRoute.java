package org.blohub.adapters.channel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mail.MailMessage;
import org.blohub.adapters.spi.NationalDocument;
import org.blohub.adapters.spi.TranslationRefusal;

/**
 * Takes each unread mail of the adapter's IMAP folder, as its raw MIME bytes, to the sink; the mail is marked read
 * only once the sink has taken it (posted, or refused and recorded). If the node cannot take it now the mail stays
 * unread and is taken again at the next poll. A mail from an address not on the adapter's list is refused before it
 * is translated, recorded, and marked read so that it is not taken again.
 */
public final class ImapPollRoute extends RouteBuilder {

    private final ImapPoll poll;
    private final InboundDocumentSink sink;

    public ImapPollRoute(ImapPoll poll, InboundDocumentSink sink) {
        this.poll = poll;
        this.sink = sink;
    }

    @Override
    public void configure() {
        from(sourceUri()).routeId(poll.routeId()).process(this::take);
    }

    String sourceUri() {
        return (poll.tls() ? "imaps" : "imap") + "://" + poll.host() + ":" + poll.port()
                + "?username=RAW(" + poll.user() + ")&password=RAW(" + poll.password() + ")"
                + "&folderName=RAW(" + poll.folder() + ")&unseen=true&peek=true&delete=false"
                + "&mapMailMessage=false&delay=" + poll.poll().toMillis();
    }

    private void take(Exchange exchange) throws MessagingException, IOException {
        Message mail = exchange.getIn(MailMessage.class).getMessage();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mail.writeTo(raw);
        byte[] content = raw.toByteArray();
        String name = "mail " + messageId(content).orElse("without Message-ID");
        Optional<String> sender = sender(content);
        if (sender.filter(poll::allows).isEmpty()) {
            sink.refuseSender(name, new TranslationRefusal("From", "", sender.isEmpty()
                    ? "the mail names no sender address"
                    : "the sender address is not on this adapter's list of allowed senders"));
            return;
        }
        sink.accept(new NationalDocument(name, content));
    }

    private static Optional<String> messageId(byte[] content) throws MessagingException {
        return Optional.ofNullable(parse(content).getMessageID()).map(String::strip).filter(id -> !id.isEmpty());
    }

    private static Optional<String> sender(byte[] content) throws MessagingException {
        Address[] from = parse(content).getFrom();
        if (from == null || from.length != 1 || !(from[0] instanceof InternetAddress address)) {
            return Optional.empty();
        }
        return Optional.ofNullable(address.getAddress());
    }

    private static MimeMessage parse(byte[] content) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(content));
    }
}
