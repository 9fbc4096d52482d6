package org.blohub.hub.bench;

import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.apache.activemq.artemis.core.server.JournalType;
import org.blohub.adapters.canonical.Entities;
import org.blohub.adapters.canonical.Handling;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.LiaisonMessageValidator;
import org.blohub.adapters.canonical.MessageIds;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Priority;
import org.blohub.hub.broker.NodeBroker;
import org.blohub.hub.pipeline.AttachmentIntake;
import org.blohub.hub.pipeline.MessageDelivered;
import org.blohub.hub.pipeline.MessageSubmitter;
import org.blohub.hub.pipeline.ReceiptVerified;
import org.blohub.hub.pipeline.Submission;
import org.blohub.hub.pipeline.SubmissionRefusedException;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.io.ByteArrayResource;

/**
 * The full pipeline between two running nodes: TH-CHIANGKHONG submits to LA-HOUAYXAY through
 * {@link MessageSubmitter}, the entry the REST API uses (validate, authorize, seal, store, audit, hand
 * to the broker), after {@link AttachmentIntake} for a payload sent as an attachment; LA opens, verifies
 * (attachment parts included), stores, audits and sends a signed receipt, which TH opens and records.
 * Delivery and receipt times come from the nodes' {@link MessageDelivered} and {@link ReceiptVerified} events.
 */
final class PipelineNodes implements AutoCloseable {

    static final String FROM_OFFICE = "TH-CHIANGKHONG";
    static final String TO_OFFICE = "LA-HOUAYXAY";
    private static final String ACTOR = "bench";
    private static final String BODY_ALPHABET = "abcdefghijklmnopqrstuvwxyz ";
    private static final String ATTACHMENT_NOTE = "Benchmark payload attached.";

    private final ConfigurableApplicationContext sender;
    private final ConfigurableApplicationContext receiver;

    PipelineNodes(ConfigurableApplicationContext sender, ConfigurableApplicationContext receiver) {
        this.sender = sender;
        this.receiver = receiver;
    }

    /** Whether the pipeline carries this payload: in the body up to 64 KiB, above that as one attachment of at most 20 MiB. */
    static boolean accepts(int payloadBytes) {
        return payloadBytes <= LiaisonMessageValidator.MAX_ATTACHMENT_BYTES;
    }

    /** The journal TH's broker writes with (both nodes have the same settings and directory tree). */
    JournalType journalInUse() {
        return sender.getBean(NodeBroker.class).journalInUse()
                .orElseThrow(() -> new BenchException("the broker of node TH is not running"));
    }

    void listen(CurrentRun run) {
        receiver.addApplicationListener(new PayloadObserver(payload -> {
            if (payload instanceof MessageDelivered delivered) {
                run.delivered(delivered.messageId());
            }
        }));
        sender.addApplicationListener(new PayloadObserver(payload -> {
            if (payload instanceof ReceiptVerified receipt) {
                run.receiptVerified(receipt.messageId());
            }
        }));
    }

    /** Sees every event; a lambda listener's event type could not be resolved, so this one checks itself. */
    private record PayloadObserver(Consumer<Object> payloads) implements ApplicationListener<ApplicationEvent> {
        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof PayloadApplicationEvent<?> published) {
                payloads.accept(published.getPayload());
            }
        }
    }

    /**
     * Requests carrying {@code payloadBytes}, each sealed on its own: up to the body limit as a body of that many
     * ASCII characters; above it as one attachment of that many random bytes with a short body, sealed by
     * {@link AttachmentIntake} and then submitted, as the REST API's multipart submission does.
     */
    Traffic traffic(int payloadBytes) {
        if (!accepts(payloadBytes)) {
            throw new BenchException("the pipeline refuses a " + payloadBytes + "-byte payload (an attachment has at"
                    + " most " + LiaisonMessageValidator.MAX_ATTACHMENT_BYTES + " bytes)");
        }
        boolean asAttachment = payloadBytes > LiaisonMessageValidator.MAX_BODY_BYTES;
        String body = asAttachment ? ATTACHMENT_NOTE : body(payloadBytes);
        List<AttachmentIntake.Upload> uploads = asAttachment ? List.of(upload(payloadBytes)) : List.of();
        MessageIds ids = sender.getBean(MessageIds.class);
        MessageSubmitter submitter = sender.getBean(MessageSubmitter.class);
        Clock clock = sender.getBean(Clock.class);
        return new Traffic() {
            @Override
            public String nextId() {
                return ids.next();
            }

            @Override
            public void send(String id) {
                LiaisonMessage message = LiaisonMessage.builder()
                        .id(id).conversationId(id).from(FROM_OFFICE).to(TO_OFFICE)
                        .kind(MessageKind.REQUEST).priority(Priority.FLASH).handling(Handling.of(HandlingCode.H2))
                        .createdAt(clock.instant()).language("en").subject("Benchmark request")
                        .body(body).entities(Entities.none())
                        .build();
                try {
                    if (uploads.isEmpty()) {
                        submitter.submit(Submission.of(message, ACTOR));
                    } else {
                        submitter.submitWithAttachments(message, uploads, ACTOR);
                    }
                } catch (SubmissionRefusedException e) {
                    throw new BenchException("the pipeline refused benchmark message " + id + ": " + e.getMessage(), e);
                }
            }


            @Override
            public RunResult.Carriage carriage() {
                return asAttachment ? RunResult.Carriage.ATTACHMENT : RunResult.Carriage.BODY;
            }
        };
    }

    private static AttachmentIntake.Upload upload(int length) {
        byte[] content = new byte[length];
        new Random(length).nextBytes(content);
        return new AttachmentIntake.Upload("payload.bin", "application/octet-stream", new ByteArrayResource(content));
    }

    private static String body(int length) {
        Random random = new Random(length);
        StringBuilder body = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            body.append(BODY_ALPHABET.charAt(random.nextInt(BODY_ALPHABET.length())));
        }
        return body.toString();
    }

    @Override
    public void close() {
        receiver.close();
        sender.close();
    }
}
