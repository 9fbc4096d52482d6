package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * IMAP poll between two real nodes: an LA-HOUAYXAY officer's mail (the Myanmar officer e-mail format) in an
 * in-process GreenMail IMAP mailbox is posted by LA-HOUAYXAY's IMAP adapter and delivered to TH-CHIANGKHONG; TH's
 * answer reaches the officer only as a content-free notice through GreenMail's SMTP server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImapAdapterIT {

    private static final String ACTOR = "adapter:LA-HOUAYXAY:mm-officer-email";
    private static final String OFFICER = "duty@houayxay.example";

    @TempDir
    static Path directory;

    private GreenMail mailServer;
    private GreenMailUser mailbox;
    private TwoNodes nodes;

    @BeforeAll
    void startMailServerAndNodes() throws Exception {
        mailServer = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()});
        mailServer.start();
        mailbox = mailServer.setUser("blo@houayxay.example", "blo-inbox", "imap-password");
        Files.writeString(directory.resolve("imap.password"), "imap-password\n");
        Path la = Files.writeString(directory.resolve("LA-adapters.yaml"), """
                offices:
                  - office: LA-HOUAYXAY
                    inbound:
                      - channel: imap
                        format: mm-officer-email
                        host: 127.0.0.1
                        port: %d
                        tls: false
                        user: blo-inbox
                        passwordFile: imap.password
                        poll: 1s
                        allowedSenders: [%s]
                        noticeHost: 127.0.0.1
                        noticePort: %d
                        noticeFrom: blo@houayxay.example
                """.formatted(mailServer.getImap().getPort(), OFFICER, mailServer.getSmtp().getPort()));
        nodes = new TwoNodes(directory, TwoNodes.Variant.PLAIN
                .bothNodes(Map.of("blo.adapters.base-dir", directory.toString()))
                .laOnly(Map.of("blo.adapters.config", la.toString()))).start();
    }

    @AfterAll
    void stop() {
        if (nodes != null) {
            nodes.close();
        }
        mailServer.stop();
    }

    @Test
    void anOfficersMailIsDeliveredOnceAndTheSameMailPolledAgainSendsNothing() throws Exception {
        long before = outboxTotal("DELIVERED");
        long sentBefore = outboxTotal(null);

        deliver(OFFICER, "<request-1@houayxay.example>");

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(outboxTotal("DELIVERED")).isEqualTo(before + 1));
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(unseenMails()).isZero());

        deliver(OFFICER, "<request-1@houayxay.example>");

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(unseenMails()).isZero());
        assertThat(outboxTotal(null)).isEqualTo(sentBefore + 1);
    }

    @Test
    void aMailFromAnAddressNotOnTheListIsRefusedAuditedMarkedReadAndNotSent() throws Exception {
        long before = outboxTotal(null);

        deliver("someone@elsewhere.example", "<stranger-1@elsewhere.example>");

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(rejectedByAdapter()).anySatisfy(event -> {
            assertThat(event.event().reasonCode()).contains("ADAPTER_SENDER_NOT_ALLOWED");
            assertThat(event.event().target()).contains("mail <stranger-1@elsewhere.example> From");
        }));
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(unseenMails()).isZero());
        assertThat(outboxTotal(null)).isEqualTo(before);
    }

    @Test
    void anAnswerToAMailedRequestSendsTheOfficerANoticeWithoutItsContent() throws Exception {
        long before = outboxTotal("DELIVERED");
        deliver(OFFICER, "<request-2@houayxay.example>");
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(outboxTotal("DELIVERED")).isEqualTo(before + 1));
        JsonNode request = nodes.asSystem(nodes.la, "LA-HOUAYXAY", "GET", "/api/messages/outbox?limit=1", null).json()
                .get("messages").get(0);

        TwoNodes.Response answer = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "POST", "/api/messages", """
                {"to": ["LA-HOUAYXAY"], "kind": "RESPONSE", "priority": "FLASH", "handling": {"code": "H0"},
                 "conversationId": "%s", "inReplyTo": "%s", "language": "en",
                 "subject": "Blue boat sighted", "body": "The blue boat crossed at Ban Sop Ruak on 26 November."}"""
                .formatted(request.get("conversationId").asString(), request.get("messageId").asString()));
        assertThat(answer.status()).isEqualTo(202);
        String answerId = answer.json().get("messageId").asString();

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(notices()).hasSize(1));
        MimeMessage notice = notices().get(0);
        assertThat(notice.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(OFFICER);
        String text = GreenMailUtil.getBody(notice);
        assertThat(text).contains(answerId).contains("LA-HOUAYXAY")
                .doesNotContain("Blue boat").doesNotContain("Ban Sop Ruak").doesNotContain("vessel movements");
    }

    @Test
    void anAttachmentOfTheMailTravelsAsAnAttachment() throws Exception {
        long before = outboxTotal("DELIVERED");
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
        mail.setFrom(OFFICER);
        mail.setHeader("Date", "Sat, 28 Nov 2026 11:30:00 +0700");
        mail.setSubject("[ROUTINE] Notification to TH-CHIANGKHONG: crew list of the blue boat", "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("To: TH-CHIANGKHONG\nHandling: H0\n\nThe crew list is attached.\n", "UTF-8");
        MimeBodyPart list = new MimeBodyPart();
        list.setText("crew list of the blue boat", "UTF-8");
        list.setFileName("crew.txt");
        list.setDisposition("attachment");
        mail.setContent(new MimeMultipart(text, list));
        mail.saveChanges();
        mail.setHeader("Message-ID", "<notification-1@houayxay.example>");
        mailbox.deliver(mail);

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(outboxTotal("DELIVERED")).isEqualTo(before + 1));
        String id = nodes.asSystem(nodes.la, "LA-HOUAYXAY", "GET", "/api/messages/outbox?limit=1", null).json()
                .get("messages").get(0).get("messageId").asString();
        JsonNode attachment = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET", "/api/messages/" + id, null).json()
                .get("content").get("attachments").get(0);
        assertThat(attachment.get("name").asString()).isEqualTo("crew.txt");
        assertThat(attachment.get("size").asLong()).isEqualTo("crew list of the blue boat".length());
    }

    private List<MimeMessage> notices() throws MessagingException {
        List<MimeMessage> notices = new ArrayList<>();
        for (MimeMessage mail : mailServer.getReceivedMessages()) {
            if ("A reply is waiting in BLO Hub".equals(mail.getSubject())) {
                notices.add(mail);
            }
        }
        return notices;
    }

    /** The sample officer mail, sent by an LA-HOUAYXAY officer to TH-CHIANGKHONG, asking for a reply by tomorrow. */
    private void deliver(String from, String messageId) throws Exception {
        String sample = Files.readString(TwoNodes.repositoryRoot().resolve("docs/samples/mm-officer-request.eml"));
        String mail = sample.replace("From: tachileik.blo@example.org", "From: " + from)
                .replace("Message-ID: <20261128100500.4411@tachileik.example.org>", "Message-ID: " + messageId)
                .replace("Request to TH-MAESAI", "Request to TH-CHIANGKHONG")
                .replace("To: TH-MAESAI", "To: TH-CHIANGKHONG")
                .replace("Reply-By: 2026-11-30", "Reply-By: " + LocalDate.now(ZoneOffset.UTC).plusDays(1));
        mailbox.deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(mail.getBytes(StandardCharsets.UTF_8))));
    }

    private int unseenMails() throws FolderException {
        return mailServer.getManagers().getImapHostManager().getInbox(mailbox).getUnseenCount();
    }

    private long outboxTotal(String status) {
        String query = status == null ? "" : "?status=" + status;
        return nodes.asSystem(nodes.la, "LA-HOUAYXAY", "GET", "/api/messages/outbox" + query, null).json()
                .get("total").asLong();
    }

    private List<AuditRecord> rejectedByAdapter() {
        AuditLog log = nodes.la.getBean(AuditLog.class);
        return log.read(0, (int) log.size()).stream()
                .filter(record -> record.event().type() == AuditEventType.REJECTED)
                .filter(record -> record.event().actor().equals(ACTOR))
                .toList();
    }
}
