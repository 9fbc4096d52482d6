package org.blohub.adapters.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.blohub.adapters.fuzz.FuzzTarget;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Canonical JSON from outside either reads as a liaison message or is refused with a
 * {@link LiaisonMessageFormatException}, whatever its bytes, and never hangs.
 */
class LiaisonMessageJsonFuzzTest {

    private final LiaisonMessageJson json = new LiaisonMessageJson();
    private final FuzzTarget target = new FuzzTarget("liaison-message-json", json::fromJson,
            List.of(LiaisonMessageFormatException.class));

    @Test
    void everyMutatedOrRandomMessageReadsOrIsRefused() {
        List<byte[]> valid = SampleMessages.all().stream().map(json::toJsonBytes).toList();
        assertThat(valid).allSatisfy(message -> assertThat(target.check(message, "a sample message")).isTrue());
        assertThat(target.fuzz(valid, 2_048).refused()).isPositive();
    }

    @TestFactory
    Stream<DynamicTest> corpusMessagesReadOrAreRefused() {
        return target.replayCorpus();
    }
}
