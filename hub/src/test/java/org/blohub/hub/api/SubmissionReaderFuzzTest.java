package org.blohub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.blohub.adapters.canonical.LiaisonMessageJson;
import org.blohub.adapters.canonical.MessageIds;
import org.blohub.crypto.fuzz.FuzzTarget;
import org.blohub.hub.pipeline.SubmissionRefusedException;
import org.blohub.hub.security.CallerRole;
import org.blohub.hub.security.OfficeCaller;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** A JSON submission either reads as a message or is refused with a {@link SubmissionRefusedException}. */
class SubmissionReaderFuzzTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T03:00:00Z"), ZoneOffset.UTC);
    private static final OfficeCaller OFFICER = new OfficeCaller("somchai", "TH-MAESAI", CallerRole.OFFICER);
    private static final String SUBMISSION = """
            {"to": ["LA-HOUAYXAY"], "kind": "REQUEST", "priority": "FLASH", "handling": {"code": "H2"},
             "replyBy": "2026-11-28T05:00:00Z", "language": "en", "subject": "Pickup 1AB-2345",
             "body": "Did pickup 1AB-2345 cross in the last 48 hours?"}""";

    private final SubmissionReader reader = new SubmissionReader(new LiaisonMessageJson(),
            new MessageIds(CLOCK, new SecureRandom()), CLOCK, new SubmissionSchema(new PublishedSchema()));
    private final FuzzTarget target = new FuzzTarget("json-submission",
            input -> reader.read(new String(input, StandardCharsets.UTF_8), OFFICER),
            List.of(SubmissionRefusedException.class));

    @Test
    void everyMutatedOrRandomSubmissionReadsOrIsRefused() {
        byte[] valid = SUBMISSION.getBytes(StandardCharsets.UTF_8);
        assertThat(target.check(valid, "the valid submission")).isTrue();
        assertThat(target.fuzz(List.of(valid), 1_024).refused()).isPositive();
    }

    @TestFactory
    Stream<DynamicTest> corpusSubmissionsReadOrAreRefused() {
        return target.replayCorpus();
    }
}
