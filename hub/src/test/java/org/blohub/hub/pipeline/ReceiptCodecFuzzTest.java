package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.blohub.crypto.fuzz.FuzzTarget;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** A receipt's content from the other node either reads back or is not a receipt (empty), whatever its bytes. */
class ReceiptCodecFuzzTest {

    private final ReceiptCodec codec = new ReceiptCodec();
    private final FuzzTarget target = new FuzzTarget("receipt", input -> {
        if (codec.read(new String(input, StandardCharsets.UTF_8)).isEmpty()) {
            throw new NotAReceipt();
        }
    }, List.of(NotAReceipt.class));

    @Test
    void everyMutatedOrRandomReceiptReadsOrIsNotAReceipt() {
        List<byte[]> valid = Stream.of(
                new ReceiptContent(ReceiptContent.REFUSED, "01KB0000000000000000000000",
                        Optional.of("BLO-IN-006 NOT_AUTHORIZED"), Optional.of("only up to handling code H1"),
                        "ab".repeat(32), Instant.parse("2026-11-28T21:00:00Z")),
                new ReceiptContent(ReceiptContent.DELIVERED, "01KB0000000000000000000001", Optional.empty(),
                        Optional.empty(), "cd".repeat(32), Instant.parse("2026-11-28T21:00:00Z")))
                .map(receipt -> codec.write(receipt).getBytes(StandardCharsets.UTF_8)).toList();
        assertThat(valid).allSatisfy(receipt -> assertThat(target.check(receipt, "a written receipt")).isTrue());
        assertThat(target.fuzz(valid, 512).refused()).isPositive();
    }

    @TestFactory
    Stream<DynamicTest> corpusReceiptsReadOrAreNotReceipts() {
        return target.replayCorpus();
    }

    /** {@link ReceiptCodec#read} returned empty: the documented answer to content that is not a receipt. */
    private static final class NotAReceipt extends Exception {
    }
}
