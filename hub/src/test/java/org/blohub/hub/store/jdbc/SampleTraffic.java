package org.blohub.hub.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.InboundMessage;
import org.blohub.hub.store.MessageHeader;
import org.blohub.hub.store.OutboundMessage;
import org.blohub.hub.store.SignatureStatus;
import org.blohub.hub.store.SignerVerification;

/** Offices and messages of the users' scenarios (Mae Sai asks Tachileik; Chiang Khong hears from Houayxay). */
final class SampleTraffic {

    static final String MAE_SAI = "TH-MAESAI";
    static final String CHIANG_KHONG = "TH-CHIANGKHONG";
    static final String TACHILEIK = "MM-TACHILEIK";
    static final String HOUAYXAY = "LA-HOUAYXAY";

    static final SignerVerification TACHILEIK_SIGNER =
            new SignerVerification("CN=Tachileik BLO,O=Myanmar Police Force,C=MM", "4f1a09", SignatureStatus.VALID);

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private SampleTraffic() {
    }

    /** A fresh 26-character id in the ULID alphabet. */
    static String newId() {
        return String.format("01JQ8Z%020d", SEQUENCE.incrementAndGet());
    }

    static MessageHeader request(String id, String conversation, String from, List<String> to, Instant createdAt) {
        return new MessageHeader(id, conversation, Optional.empty(), from, to, "REQUEST", "FLASH", "H2", createdAt,
                Optional.of(createdAt.plus(Duration.ofHours(2))), Optional.of(createdAt.plus(Duration.ofDays(30))));
    }

    static MessageHeader reply(String id, MessageHeader request, String from, Instant createdAt) {
        return new MessageHeader(id, request.conversationId(), Optional.of(request.messageId()), from,
                List.of(request.fromOffice()), "RESPONSE", "IMMEDIATE", "H2", createdAt, Optional.empty(),
                Optional.empty());
    }

    static ImmutableBytes envelope(String label) {
        return ImmutableBytes.copyOf(("sealed CMS envelope " + label).getBytes(StandardCharsets.US_ASCII));
    }

    static OutboundMessage outbound(MessageHeader header) {
        return new OutboundMessage(header, envelope(header.messageId()));
    }

    static InboundMessage inbound(MessageHeader header) {
        return new InboundMessage(header, envelope(header.messageId()), TACHILEIK_SIGNER);
    }

    /** A FLASH request from Mae Sai to Tachileik, stored as Mae Sai's outbound message. */
    static OutboundMessage maeSaiAsksTachileik(Instant createdAt) {
        return outbound(request(newId(), newId(), MAE_SAI, List.of(TACHILEIK), createdAt));
    }

    static AuditEvent event(AuditEventType type, String messageId, String conversationId, String actor,
            Instant time) {
        return new AuditEvent(time, type, Optional.of(messageId), Optional.of(conversationId), Optional.of(MAE_SAI),
                List.of(TACHILEIK), actor, Optional.of("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                Optional.empty());
    }
}
