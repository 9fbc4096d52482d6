package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.blohub.hub.store.ReceiptKind;
import org.junit.jupiter.api.Test;

class ReceiptCodecTest {

    private final ReceiptCodec codec = new ReceiptCodec();

    @Test
    void readsBackARefusalWithItsCodeAndText() {
        ReceiptContent refused = new ReceiptContent(ReceiptContent.REFUSED, "01KB0000000000000000000000",
                Optional.of("BLO-IN-006 NOT_AUTHORIZED"), Optional.of("only up to handling code H1"),
                "ab".repeat(32), Instant.parse("2026-11-28T21:00:00Z"));

        ReceiptContent read = codec.read(codec.write(refused)).orElseThrow();

        assertThat(read).isEqualTo(refused);
        assertThat(read.kind()).isEqualTo(ReceiptKind.NEGATIVE);
    }

    @Test
    void mapsDeliveredAndReadToTheirReceiptKinds() {
        ReceiptContent delivered = new ReceiptContent(ReceiptContent.DELIVERED, "01KB0000000000000000000000",
                Optional.empty(), Optional.empty(), "cd".repeat(32), Instant.parse("2026-11-28T21:00:00Z"));

        assertThat(codec.read(codec.write(delivered)).orElseThrow().kind()).isEqualTo(ReceiptKind.DELIVERED);
        assertThat(codec.read(codec.write(new ReceiptContent(ReceiptContent.READ, "01KB0000000000000000000000",
                Optional.empty(), Optional.empty(), "cd".repeat(32), Instant.now()))).orElseThrow().kind())
                .isEqualTo(ReceiptKind.READ);
    }

    @Test
    void refusesABodyThatIsNotAReceipt() {
        assertThat(codec.read("Did pickup 1AB-2345 cross?")).isEmpty();
        assertThat(codec.read("{\"status\":\"LOST\",\"messageId\":\"x\",\"envelopeSha256\":\"\",\"time\":\"2026-11-28T21:00:00Z\"}"))
                .isEmpty();
        assertThat(codec.read("{\"status\":\"DELIVERED\",\"messageId\":\"x\",\"envelopeSha256\":\"\",\"time\":\"yesterday\"}"))
                .isEmpty();
    }
}
