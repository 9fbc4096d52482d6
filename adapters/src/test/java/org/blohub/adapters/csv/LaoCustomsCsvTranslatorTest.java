package org.blohub.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Arrays;
import java.util.Map;

import org.blohub.adapters.SampleDocuments;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.LiaisonMessageValidator;
import org.blohub.adapters.canonical.MessageIds;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Priority;
import org.blohub.adapters.canonical.SampleMessages;
import org.blohub.adapters.canonical.Seizure;
import org.blohub.adapters.spi.NationalDocument;
import org.blohub.adapters.spi.TranslatedMessage;
import org.blohub.adapters.spi.Translation;
import org.blohub.adapters.spi.TranslationRefusal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LaoCustomsCsvTranslatorTest {

    private static final String HEADER = "report_date;checkpoint;to_office;commodity;commodity_lo;quantity;unit;persons_detained;vehicle_plate;remarks\n";
    private static final String GOOD_ROW = "27/11/2026;LA-HOUAYXAY;TH-CHIANGKHONG;rosewood logs;;3,2;m3;0;;\n";

    private final LaoCustomsCsvTranslator translator = new LaoCustomsCsvTranslator();

    private Translation translate(String fileName, byte[] content) {
        return translator.translate(new NationalDocument(fileName, content), SampleDocuments.context("LA-HOUAYXAY"));
    }

    private Translation translate(String text) {
        return translate("report.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class TheSampleReport {

        private final Translation translation = translator.translate(
                SampleDocuments.document(SampleDocuments.LA_CUSTOMS_SEIZURES), SampleDocuments.context("LA-HOUAYXAY"));

        @Test
        void becomesOneNotificationPerRowWithNoRefusal() {
            assertThat(translation.refusals()).isEmpty();
            assertThat(translation.messages()).extracting(TranslatedMessage::locator)
                    .containsExactly("line 2", "line 3", "line 4");
        }

        @Test
        void firstRowHoldsEveryFieldOfTheRow() {
            LiaisonMessage message = translation.messages().get(0).message();
            assertThat(MessageIds.isUlid(message.id())).isTrue();
            assertThat(message.conversationId()).isEqualTo(message.id());
            assertThat(message.inReplyTo()).isEmpty();
            assertThat(message.from()).isEqualTo("LA-HOUAYXAY");
            assertThat(message.to()).containsExactly("TH-CHIANGKHONG");
            assertThat(message.kind()).isEqualTo(MessageKind.NOTIFICATION);
            assertThat(message.priority()).isEqualTo(Priority.ROUTINE);
            assertThat(message.handling().code()).isEqualTo(HandlingCode.H0);
            assertThat(message.handling().restrictionText()).isEmpty();
            assertThat(message.createdAt()).isEqualTo(SampleMessages.NOW);
            assertThat(message.replyBy()).isEmpty();
            assertThat(message.expiresAt()).isEmpty();
            assertThat(message.language()).isEqualTo("en");
            assertThat(message.subject()).isEqualTo("Seizure at LA-HOUAYXAY: pangolin scales 48.5 kg");
            assertThat(message.body()).isEqualTo("Found in rice sacks; shipper declared \"agricultural goods\"");
            assertThat(message.entities().persons()).isEmpty();
            assertThat(message.entities().documents()).isEmpty();
            assertThat(message.entities().vessels()).isEmpty();
            assertThat(message.entities().vehicles()).singleElement().satisfies(vehicle -> {
                assertThat(vehicle.plate()).isEqualTo("ກຂ 1234");
                assertThat(vehicle.plateCountry()).isEmpty();
                assertThat(vehicle.make()).isEmpty();
                assertThat(vehicle.colour()).isEmpty();
            });
            Seizure seizure = message.entities().seizures().get(0);
            assertThat(message.entities().seizures()).hasSize(1);
            assertThat(seizure.commodity()).isEqualTo("pangolin scales");
            assertThat(seizure.commodityOriginal()).contains(SampleMessages.LAO_COMMODITY);
            assertThat(seizure.commodityClass()).isEmpty();
            assertThat(seizure.quantity()).isEqualTo(new BigDecimal("48.5"));
            assertThat(seizure.unit()).isEqualTo("kg");
            assertThat(seizure.place()).contains("LA-HOUAYXAY");
            assertThat(seizure.seizedOn()).contains(LocalDate.of(2026, 11, 27));
            assertThat(seizure.personsDetained()).contains(1);
            assertThat(message.attachments()).isEmpty();
            assertThat(message.source()).hasValueSatisfying(source -> {
                assertThat(source.system()).isEqualTo("la-customs");
                assertThat(source.format()).contains("la-customs-csv");
                assertThat(source.formatVersion()).isEmpty();
                assertThat(source.reference()).contains("la-customs-seizures.csv:2");
                assertThat(source.nationalReferences()).containsExactly(
                        Map.entry("file", "la-customs-seizures.csv"), Map.entry("line", "2"));
            });
        }

        @Test
        void secondRowWithoutPlateOrRemarksHasNoVehicleAndADescribingBody() {
            LiaisonMessage message = translation.messages().get(1).message();
            assertThat(message.subject()).isEqualTo("Seizure at LA-HOUAYXAY: rosewood logs 3.2 m3");
            assertThat(message.body()).isEqualTo("rosewood logs, 3.2 m3, seized at LA-HOUAYXAY on 2026-11-27.");
            assertThat(message.entities().vehicles()).isEmpty();
            Seizure seizure = message.entities().seizures().get(0);
            assertThat(seizure.commodityOriginal()).contains("ໄມ້ຂະຍຸງ");
            assertThat(seizure.quantity()).isEqualTo(new BigDecimal("3.2"));
            assertThat(seizure.unit()).isEqualTo("m3");
            assertThat(seizure.personsDetained()).as("0 is kept, distinct from unknown").contains(0);
        }

        @Test
        void thirdRowKeepsTheLineBreakOfItsQuotedRemarks() {
            LiaisonMessage message = translation.messages().get(2).message();
            assertThat(message.body()).isEqualTo("Two drivers, both Lao nationals\nsecond row of remarks continues here");
            assertThat(message.entities().seizures().get(0).commodity()).isEqualTo("precursor: pseudoephedrine");
            assertThat(message.entities().seizures().get(0).quantity()).isEqualTo(new BigDecimal("25"));
            assertThat(message.entities().vehicles().get(0).plate()).isEqualTo("ນວ 8812");
            assertThat(message.source().flatMap(s -> s.reference())).contains("la-customs-seizures.csv:4");
        }

        @Test
        void referencesAreTheFileDigestAndTheRowsLineSoTheSameFileIsRecognised() throws Exception {
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(SampleDocuments.bytes(SampleDocuments.LA_CUSTOMS_SEIZURES)));
            assertThat(translation.messages()).extracting(TranslatedMessage::reference)
                    .containsExactly(digest + ":2", digest + ":3", digest + ":4");
            Translation again = translator.translate(
                    SampleDocuments.document(SampleDocuments.LA_CUSTOMS_SEIZURES), SampleDocuments.context("LA-HOUAYXAY"));
            assertThat(again.messages()).extracting(TranslatedMessage::reference)
                    .isEqualTo(translation.messages().stream().map(TranslatedMessage::reference).toList());
        }

        @Test
        void everyMessageIsValidCanonically() {
            for (TranslatedMessage translated : translation.messages()) {
                assertThat(new LiaisonMessageValidator().validate(translated.message(), SampleMessages.CLOCK)).isEmpty();
            }
        }
    }

    @Nested
    class BadRows {

        @Test
        void aBadRowIsRefusedWithItsPhysicalLineAndColumnWhileTheOthersTranslate() {
            Translation translation = translate(HEADER
                    + "27/11/2026;LA-HOUAYXAY;TH-CHIANGKHONG;a;;1;kg;0;;\"two\nlines\"\n"
                    + "27/11/2026;LA-HOUAYXAY;TH-CHIANGKHONG;b;;48.5;kg;0;;\n"
                    + GOOD_ROW);
            assertThat(translation.messages()).extracting(TranslatedMessage::locator).containsExactly("line 2", "line 5");
            assertThat(translation.refusals()).containsExactly(new TranslationRefusal("line 4", "quantity",
                    "The quantity is not a number written with digits and a decimal comma (e.g. 48,5), without thousands separators."));
        }

        @Test
        void eachBadColumnOfARowIsNamed() {
            Translation translation = translate(HEADER + "31/02/2026;Houayxay;TH-CHIANGKHONG;;;0;kg;-1;;\n");
            assertThat(translation.messages()).isEmpty();
            assertThat(translation.refusals()).extracting(TranslationRefusal::locator).containsOnly("line 2");
            assertThat(translation.refusals()).extracting(TranslationRefusal::field)
                    .containsExactly("report_date", "checkpoint", "commodity", "quantity", "persons_detained");
        }

        @Test
        void aRowWithTooFewFieldsIsRefused() {
            Translation translation = translate(HEADER + "27/11/2026;LA-HOUAYXAY;TH-CHIANGKHONG\n" + GOOD_ROW);
            assertThat(translation.messages()).hasSize(1);
            assertThat(translation.refusals()).singleElement().satisfies(refusal -> {
                assertThat(refusal.locator()).isEqualTo("line 2");
                assertThat(refusal.reason()).contains("3 fields but the header has 10");
            });
        }

        @Test
        void anUnclosedQuoteRefusesTheRowWhereItStarts() {
            Translation translation = translate(HEADER + GOOD_ROW + "27/11/2026;LA-HOUAYXAY;TH-CHIANGKHONG;a;;1;kg;0;;\"never closed\n\n");
            assertThat(translation.messages()).extracting(TranslatedMessage::locator).containsExactly("line 2");
            assertThat(translation.refusals()).singleElement().satisfies(refusal -> {
                assertThat(refusal.locator()).isEqualTo("line 3");
                assertThat(refusal.reason()).contains("opened on line 3 is never closed");
            });
        }

        @Test
        void textAfterAClosingQuoteRefusesOnlyThatRow() {
            Translation translation = translate(HEADER + "27/11/2026;LA-HOUAYXAY;TH-CHIANGKHONG;\"a\"b;;1;kg;0;;\n" + GOOD_ROW);
            assertThat(translation.messages()).extracting(TranslatedMessage::locator).containsExactly("line 3");
            assertThat(translation.refusals()).extracting(TranslationRefusal::locator).containsExactly("line 2");
        }
    }

    @Nested
    class WholeFileRefusals {

        @Test
        void aWrongHeaderRefusesTheFileNamingMissingAndUnexpectedColumns() {
            Translation translation = translate(
                    "report_date;checkpoint;to_office;commodity;commodity_lao;quantity;unit;persons_detained;vehicle_plate\n" + GOOD_ROW);
            assertThat(translation.messages()).isEmpty();
            assertThat(translation.refusals()).singleElement().satisfies(refusal -> {
                assertThat(refusal.locator()).isEqualTo("line 1");
                assertThat(refusal.reason()).contains("Missing columns: commodity_lo, remarks.")
                        .contains("Unexpected columns: commodity_lao.");
            });
        }

        @Test
        void anEmptyFileIsRefused() {
            assertThat(translate("report.csv", new byte[0]).refusals())
                    .containsExactly(TranslationRefusal.ofDocument("document", "The document is empty (0 bytes); send the file again."));
        }

        @Test
        void aFileOverTenMebibytesIsRefusedUnread() {
            byte[] content = new byte[10 * 1024 * 1024 + 1];
            Translation translation = translate("big.csv", content);
            assertThat(translation.messages()).isEmpty();
            assertThat(translation.refusals()).singleElement()
                    .satisfies(refusal -> assertThat(refusal.reason()).startsWith("The document is 10485761 bytes; at most 10485760"));
        }

        @Test
        void aFileOfExactlyTheLimitIsRead() {
            byte[] content = new byte[10 * 1024 * 1024];
            Arrays.fill(content, (byte) '\n');
            assertThat(translate("blank.csv", content).refusals()).singleElement()
                    .satisfies(refusal -> assertThat(refusal.reason()).isEqualTo("The file has no header row and no data."));
        }

        @Test
        void bytesThatAreNotUtf8AreRefusedNamingTheLineAndByte() {
            byte[] latin1 = (HEADER + "27/11/2026;LA-HOUAYXAY;TH-CHIANGKHONG;caf\u00e9;;1;kg;0;;\n").getBytes(StandardCharsets.ISO_8859_1);
            Translation translation = translate("latin1.csv", latin1);
            assertThat(translation.messages()).isEmpty();
            int offset = HEADER.length() + "27/11/2026;LA-HOUAYXAY;TH-CHIANGKHONG;caf".length();
            assertThat(translation.refusals()).singleElement().satisfies(refusal -> {
                assertThat(refusal.locator()).isEqualTo("line 2, byte " + offset);
                assertThat(refusal.reason()).contains("not valid UTF-8");
            });
        }

        @Test
        void aHeaderWithoutRowsIsRefused() {
            assertThat(translate(HEADER).refusals()).extracting(TranslationRefusal::reason)
                    .containsExactly("The file has a header row but no seizure rows.");
        }
    }

}
