package org.blohub.hub.adapter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.LiaisonMessageJson;
import org.blohub.adapters.channel.DirectoryOutbox;
import org.blohub.adapters.channel.Webhook;
import org.blohub.adapters.spi.NationalFormats;
import org.blohub.adapters.spi.RenderedDocument;
import org.blohub.crypto.cms.OpenRefusedException;
import org.blohub.crypto.cms.Opener;
import org.blohub.hub.node.BackgroundJob;
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.pipeline.MessageDelivered;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.StoredMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes each message delivered to an office with an outbound adapter in the adapter's format into its directory,
 * on its own thread once the delivery has committed. A message that cannot be written stays in the inbox and is
 * written by the next catch-up run, which looks at the messages delivered within {@code blo.adapters.outbound.catch-up}.
 */
@Component
class OutboundAdapterExport extends BackgroundJob {

    private static final Logger LOG = LoggerFactory.getLogger(OutboundAdapterExport.class);
    private static final int BATCH = 100;

    private final AdapterPlan plan;
    private final NationalFormats formats;
    private final MessageStore messages;
    private final AdapterExportStore exports;
    private final OfficeKeyring keyring;
    private final Opener opener;
    private final LiaisonMessageJson json;
    private final Clock clock;
    private final Duration catchUp;

    OutboundAdapterExport(AdapterPlan plan, NationalFormats formats, MessageStore messages,
            AdapterExportStore exports, OfficeKeyring keyring, Opener opener, LiaisonMessageJson json, Clock clock,
            @Value("${blo.adapters.outbound.retry-interval:30s}") Duration retryInterval,
            @Value("${blo.adapters.outbound.catch-up:7d}") Duration catchUp) {
        super("blo-adapter-export", Duration.ofSeconds(5), retryInterval);
        this.plan = plan;
        this.formats = formats;
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
        return !plan.outbound().isEmpty();
    }

    @EventListener
    void onDelivered(MessageDelivered delivered) {
        runAfter(Duration.ZERO, () -> exportToEveryAdapter(delivered.messageId()));
    }

    @Override
    protected void runOnce() {
        for (OutboundAdapter adapter : plan.outbound()) {
            try {
                List<String> pending = exports.pending(adapter, clock.instant().minus(catchUp), BATCH);
                pending.forEach(messageId -> export(messageId, adapter));
            } catch (RuntimeException e) {
                LOG.warn("BLO-ADP-042 {}: cannot look for messages still to write; trying again in {}", adapter.actor(),
                        interval(), e);
            }
        }
    }

    private void exportToEveryAdapter(String messageId) {
        try {
            messages.find(messageId, Direction.INBOUND).ifPresent(stored -> stored.summary().header().toOffices()
                    .stream().flatMap(office -> plan.outboundOf(office).stream())
                    .filter(adapter -> !exports.exported(messageId, adapter))
                    .forEach(adapter -> export(messageId, adapter)));
        } catch (RuntimeException e) {
            LOG.warn("BLO-ADP-042 message {}: cannot look up its outbound adapters; the catch-up run writes it", messageId,
                    e);
        }
    }

    /** @return what was done, for the log: the file written, or the URL called and how many attempts it took */
    private String deliver(OutboundChannel channel, RenderedDocument document) throws IOException {
        if (channel instanceof OutboundChannel.Directory directory) {
            return "written as " + new DirectoryOutbox(directory.path()).write(document).getFileName();
        }
        OutboundChannel.WebhookCall webhook = (OutboundChannel.WebhookCall) channel;
        int attempts = new Webhook(webhook.settings(), clock, Thread::sleep).post(document);
        return "POST " + webhook.settings().url() + " accepted at attempt " + attempts;
    }

    private void export(String messageId, OutboundAdapter adapter) {
        try {
            // a message whose content was purged before it was written has nothing left to write
            Optional<ImmutableBytes> envelope = messages.findInInbox(adapter.office(), messageId)
                    .flatMap(StoredMessage::envelope);
            if (envelope.isEmpty()) {
                return;
            }
            LiaisonMessage message = json.fromJson(opener.open(envelope.get().toByteArray(),
                    keyring.keysOf(adapter.office()).orElseThrow().encryption(), messageId).content());
            String delivered = deliver(adapter.channel(), formats.outbound(adapter.format()).orElseThrow().render(message));
            exports.record(messageId, adapter, clock.instant());
            LOG.info("BLO-ADP-040 message {} delivered by {}: {}", messageId, adapter.actor(), delivered);
        } catch (IOException | OpenRefusedException | RuntimeException e) {
            LOG.warn("BLO-ADP-041 message {} not delivered by {} (it stays in the inbox; tried again in {}): {}",
                    messageId, adapter.actor(), interval(), e.toString());
        }
    }
}
