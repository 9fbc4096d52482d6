package org.blohub.hub.adapter;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.LiaisonMessageJson;
import org.blohub.adapters.channel.ReplyWaitingNotice;
import org.blohub.adapters.channel.SmtpServer;
import org.blohub.crypto.cms.OpenRefusedException;
import org.blohub.crypto.cms.Opener;
import org.blohub.hub.node.BackgroundJob;
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.pipeline.MessageDelivered;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.MessageHeader;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.StoredMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a RESPONSE is delivered to an office with an IMAP adapter that sends notices, and the REQUEST it answers
 * came in by mail, tells the mail's sender by SMTP that a reply is waiting, without any of its content. Each
 * delivered message is recorded in {@code adapter_exports} once dealt with (notice sent, or none needed); a notice
 * that cannot be sent is tried again by the catch-up run.
 */
@Component
class ReplyWaitingNotices extends BackgroundJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReplyWaitingNotices.class);
    private static final int BATCH = 100;
    private static final String MAIL_FROM = "mailFrom";

    private final AdapterPlan plan;
    private final MessageStore messages;
    private final AdapterExportStore exports;
    private final OfficeKeyring keyring;
    private final Opener opener;
    private final LiaisonMessageJson json;
    private final Clock clock;
    private final Duration catchUp;

    ReplyWaitingNotices(AdapterPlan plan, MessageStore messages, AdapterExportStore exports, OfficeKeyring keyring,
            Opener opener, LiaisonMessageJson json, Clock clock,
            @Value("${blo.adapters.outbound.retry-interval:30s}") Duration retryInterval,
            @Value("${blo.adapters.outbound.catch-up:7d}") Duration catchUp) {
        super("blo-adapter-notices", Duration.ofSeconds(5), retryInterval);
        this.plan = plan;
        this.messages = messages;
        this.exports = exports;
        this.keyring = keyring;
        this.opener = opener;
        this.json = json;
        this.clock = clock;
        this.catchUp = catchUp;
    }

    @Override
    protected boolean applies() {
        return plan.mail().stream().anyMatch(adapter -> adapter.notices().isPresent());
    }

    @EventListener
    void onDelivered(MessageDelivered delivered) {
        runOnceMoreAfter(Duration.ZERO);
    }

    @Override
    protected void runOnce() {
        for (MailAdapter adapter : plan.mail()) {
            if (adapter.notices().isEmpty()) {
                continue;
            }
            try {
                List<String> pending = exports.pending(adapter.office(), adapter.noticeKey(),
                        clock.instant().minus(catchUp), BATCH);
                pending.forEach(messageId -> notify(messageId, adapter, adapter.notices().get()));
            } catch (RuntimeException e) {
                LOG.warn("BLO-ADP-062 {}: cannot look for replies still to announce; trying again in {}",
                        adapter.actor(), interval(), e);
            }
        }
    }

    private void notify(String messageId, MailAdapter adapter, SmtpServer smtp) {
        try {
            Optional<String> requestId = messages.findInInbox(adapter.office(), messageId)
                    .map(stored -> stored.summary().header())
                    .filter(header -> "RESPONSE".equals(header.kind()))
                    .flatMap(MessageHeader::inReplyTo);
            Optional<String> address = requestId.isPresent() ? mailSender(requestId.get(), adapter) : Optional.empty();
            if (address.isPresent()) {
                new ReplyWaitingNotice(smtp).send(address.get(), messageId, adapter.office());
                LOG.info("BLO-ADP-060 message {}: reply-waiting notice sent by {} through {}", messageId,
                        adapter.actor(), smtp);
            }
            exports.record(messageId, adapter.office(), adapter.noticeKey(), clock.instant());
        } catch (SendFailedException e) {
            // its text quotes the refused address, which is not logged
            LOG.warn("BLO-ADP-061 message {}: reply-waiting notice of {} not sent (tried again in {}): the SMTP server "
                    + "refused the sender or recipient address", messageId, adapter.actor(), interval());
        } catch (MessagingException | OpenRefusedException | RuntimeException e) {
            LOG.warn("BLO-ADP-061 message {}: reply-waiting notice of {} not sent (tried again in {}): {}", messageId,
                    adapter.actor(), interval(), e.toString());
        }
    }

    /** The address the request was mailed from, if the office sent it through this adapter's format. */
    private Optional<String> mailSender(String requestId, MailAdapter adapter) throws OpenRefusedException {
        Optional<ImmutableBytes> request = messages.find(requestId, Direction.OUTBOUND)
                .filter(stored -> stored.summary().header().fromOffice().equals(adapter.office()))
                .flatMap(StoredMessage::envelope);
        if (request.isEmpty()) {
            return Optional.empty();
        }
        LiaisonMessage message = json.fromJson(opener.open(request.get().toByteArray(),
                keyring.keysOf(adapter.office()).orElseThrow().encryption(), requestId).content());
        return message.source().filter(source -> source.format().filter(adapter.format()::equals).isPresent())
                .flatMap(source -> Optional.ofNullable(source.nationalReferences().get(MAIL_FROM)));
    }
}
