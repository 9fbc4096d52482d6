package org.blohub.hub.bench;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.jms.BytesMessage;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;

import org.apache.activemq.artemis.core.server.JournalType;
import org.blohub.hub.broker.BrokerAddresses;
import org.blohub.hub.broker.NodeBroker;

/**
 * The baseline: TH's and LA's brokers bridged over TLS, with plain persistent JMS and no sealing or
 * database. TH sends a BytesMessage to {@code blo.outbound.LA}; LA consumes {@code blo.inbound} in a
 * transaction (as the inbound route does) and, in the same transaction, sends an empty echo back, which
 * plays the receipt. Same delivery mode, priority, expiry and duplicate-detection id as the pipeline.
 */
final class RawBrokerPair implements AutoCloseable {

    static final String MESSAGE_ID = "bloMessageId";
    private static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
    private static final long TIME_TO_LIVE = Duration.ofHours(12).toMillis();
    private static final int FLASH = 9;

    private final NodeBroker sender;
    private final NodeBroker receiver;
    private final List<JMSContext> contexts = new CopyOnWriteArrayList<>();
    private final ThreadLocal<JMSContext> senderContext;

    RawBrokerPair(NodeBroker sender, NodeBroker receiver) {
        this.sender = sender;
        this.receiver = receiver;
        this.senderContext = ThreadLocal.withInitial(() -> open(sender, JMSContext.AUTO_ACKNOWLEDGE));
    }

    /** Starts {@code consumers} transacted consumers at LA and one echo consumer at TH, reporting to the run. */
    void listen(int consumers, CurrentRun run) {
        for (int i = 0; i < consumers; i++) {
            JMSContext inbound = open(receiver, JMSContext.SESSION_TRANSACTED);
            Queue echoQueue = inbound.createQueue(BrokerAddresses.outboundTo(sender.nodeName()));
            JMSProducer echo = persistent(inbound.createProducer());
            inbound.createConsumer(inbound.createQueue(BrokerAddresses.INBOUND)).setMessageListener(message -> {
                String id = idOf(message);
                readBody(message);
                run.delivered(id);
                Message answer = inbound.createMessage();
                try {
                    answer.setStringProperty(MESSAGE_ID, id);
                    answer.setStringProperty(DUPLICATE_ID, id + ":echo");
                } catch (JMSException e) {
                    throw new JMSRuntimeException("cannot label the echo of " + id, e.getErrorCode(), e);
                }
                echo.send(echoQueue, answer);
                inbound.commit();
            });
        }
        JMSContext echoes = open(sender, JMSContext.AUTO_ACKNOWLEDGE);
        echoes.createConsumer(echoes.createQueue(BrokerAddresses.INBOUND))
                .setMessageListener(message -> run.receiptVerified(idOf(message)));
    }

    /** The journal TH's broker writes with (both brokers have the same settings and directory tree). */
    JournalType journalInUse() {
        return sender.journalInUse().orElseThrow(() -> new BenchException("the raw TH broker is not running"));
    }

    /** Messages with a random body of {@code payloadBytes}, from the calling thread's own JMS context. */
    Traffic traffic(int payloadBytes) {
        byte[] payload = new byte[payloadBytes];
        new Random(payloadBytes).nextBytes(payload);
        String outbound = BrokerAddresses.outboundTo(receiver.nodeName());
        return new Traffic() {
            @Override
            public String nextId() {
                return UUID.randomUUID().toString();
            }

            @Override
            public void send(String id) {
                JMSContext context = senderContext.get();
                BytesMessage message = context.createBytesMessage();
                try {
                    message.writeBytes(payload);
                    message.setStringProperty(MESSAGE_ID, id);
                    message.setStringProperty(DUPLICATE_ID, id + ":" + receiver.nodeName());
                } catch (JMSException e) {
                    throw new BenchException("cannot build raw message " + id, e);
                }
                persistent(context.createProducer()).send(context.createQueue(outbound), message);
            }

            @Override
            public RunResult.Carriage carriage() {
                return RunResult.Carriage.BODY;
            }
        };
    }

    private JMSContext open(NodeBroker broker, int sessionMode) {
        JMSContext context = broker.applicationConnectionFactory().createContext(sessionMode);
        contexts.add(context);
        return context;
    }

    private static JMSProducer persistent(JMSProducer producer) {
        return producer.setDeliveryMode(DeliveryMode.PERSISTENT).setPriority(FLASH).setTimeToLive(TIME_TO_LIVE);
    }

    private static String idOf(Message message) {
        try {
            return message.getStringProperty(MESSAGE_ID);
        } catch (JMSException e) {
            throw new JMSRuntimeException("a raw benchmark message has no readable id", e.getErrorCode(), e);
        }
    }

    private static void readBody(Message message) {
        try {
            if (message instanceof BytesMessage bytes) {
                bytes.readBytes(new byte[(int) bytes.getBodyLength()]);
            }
        } catch (JMSException e) {
            throw new JMSRuntimeException("cannot read a raw benchmark message", e.getErrorCode(), e);
        }
    }

    @Override
    public void close() {
        contexts.forEach(JMSContext::close);
        receiver.close();
        sender.close();
    }
}
