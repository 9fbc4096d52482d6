package org.blohub.adapters.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.blohub.adapters.SampleDocuments;
import org.blohub.adapters.fuzz.FuzzTarget;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every registered inbound translator, fed random bytes and mutations of its own sample document, returns a
 * {@link Translation} whose refusals each give a reason, never throws and never hangs.
 */
class NationalFormatFuzzTest {

    private static final NationalFormats FORMATS = NationalFormats.load();

    @TestFactory
    Stream<DynamicTest> everyTranslatorTranslatesOrRefusesMutatedAndRandomDocuments() {
        return FORMATS.inboundFormatIds().stream().sorted().map(formatId -> DynamicTest.dynamicTest(formatId, () -> {
            FuzzTarget target = targetFor(formatId);
            byte[] sample = SampleDocuments.bytes(sampleOf(formatId));
            assertThat(target.check(sample, "its sample document")).as("the sample translates without refusal").isTrue();
            FuzzTarget.Outcomes outcomes = target.fuzz(List.of(sample), 4_096);
            assertThat(outcomes.refused()).isPositive();
        }));
    }

    @TestFactory
    Stream<DynamicTest> corpusDocumentsTranslateOrAreRefused() {
        return FORMATS.inboundFormatIds().stream().sorted().flatMap(formatId -> targetFor(formatId).replayCorpus());
    }

    /** Accepted: every part translated. Refused: a Translation naming why. Anything thrown is a finding. */
    private static FuzzTarget targetFor(String formatId) {
        InboundTranslator translator = FORMATS.inbound(formatId).orElseThrow();
        TranslationContext context = SampleDocuments.context("TH-MAESAI");
        return new FuzzTarget(formatId, input -> {
            Translation translation = translator.translate(new NationalDocument("fuzz", input), context);
            if (!translation.refusals().isEmpty()) {
                assertThat(translation.refusals()).allSatisfy(refusal -> assertThat(refusal.reason()).isNotBlank());
                throw new DocumentRefused();
            }
            assertThat(translation.messages()).isNotEmpty();
        }, List.of(DocumentRefused.class));
    }

    private static String sampleOf(String formatId) {
        return switch (formatId) {
            case "th-cms-xml" -> SampleDocuments.TH_CMS_REQUEST;
            case "la-customs-csv" -> SampleDocuments.LA_CUSTOMS_SEIZURES;
            case "kh-immigration-json" -> SampleDocuments.KH_IMMIGRATION_ALERT;
            case "mm-officer-email" -> SampleDocuments.MM_OFFICER_REQUEST;
            default -> throw new AssertionError("no sample document for format " + formatId + ": add one to docs/samples");
        };
    }

    /** The translator returned at least one refusal: the documented outcome for a bad document. */
    private static final class DocumentRefused extends Exception {
    }
}
