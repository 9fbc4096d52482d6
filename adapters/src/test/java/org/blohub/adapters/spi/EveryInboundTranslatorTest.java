package org.blohub.adapters.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.blohub.adapters.SampleDocuments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every registered inbound translator does with documents it cannot use: refuse them, never throw. */
class EveryInboundTranslatorTest {

    private static final List<String> SAMPLES = List.of(SampleDocuments.TH_CMS_REQUEST, SampleDocuments.LA_CUSTOMS_SEIZURES,
            SampleDocuments.KH_IMMIGRATION_ALERT, SampleDocuments.MM_OFFICER_REQUEST);

    static Stream<Arguments> badDocuments() {
        NationalFormats formats = NationalFormats.load();
        List<Arguments> cases = new ArrayList<>();
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        for (String formatId : formats.inboundFormatIds()) {
            InboundTranslator translator = formats.inbound(formatId).orElseThrow();
            cases.add(Arguments.of(formatId, translator, "empty", new byte[0]));
            cases.add(Arguments.of(formatId, translator, "over 10 MiB", new byte[InboundTranslator.MAX_DOCUMENT_BYTES + 1]));
            cases.add(Arguments.of(formatId, translator, "random bytes", random));
            cases.add(Arguments.of(formatId, translator, "invalid UTF-8", new byte[] {'a', (byte) 0xC3, '(', '\n'}));
            cases.add(Arguments.of(formatId, translator, "a single brace", "{".getBytes(StandardCharsets.UTF_8)));
            for (String sample : SAMPLES) {
                if (!sample.equals(ownSample(formatId))) {
                    cases.add(Arguments.of(formatId, translator, sample, SampleDocuments.bytes(sample)));
                }
            }
        }
        return cases.stream();
    }

    private static String ownSample(String formatId) {
        return switch (formatId) {
            case "th-cms-xml" -> SampleDocuments.TH_CMS_REQUEST;
            case "la-customs-csv" -> SampleDocuments.LA_CUSTOMS_SEIZURES;
            case "kh-immigration-json" -> SampleDocuments.KH_IMMIGRATION_ALERT;
            case "mm-officer-email" -> SampleDocuments.MM_OFFICER_REQUEST;
            default -> "";
        };
    }

    @ParameterizedTest(name = "{0} refuses {2}")
    @MethodSource("badDocuments")
    void refusesWithAReasonAndSendsNothing(String formatId, InboundTranslator translator, String what, byte[] content) {
        Translation translation = translator.translate(new NationalDocument(what, content), SampleDocuments.context("TH-MAESAI"));
        assertThat(translation.messages()).isEmpty();
        assertThat(translation.refusals()).isNotEmpty()
                .allSatisfy(refusal -> assertThat(refusal.reason()).isNotBlank());
    }
}
