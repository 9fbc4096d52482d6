package org.blohub.adapters.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.blohub.adapters.SampleDocuments;
import org.blohub.adapters.canonical.DocumentKind;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.IdentityDocument;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.LiaisonMessageValidator;
import org.blohub.adapters.canonical.MessageIds;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Person;
import org.blohub.adapters.canonical.PersonRole;
import org.blohub.adapters.canonical.Priority;
import org.blohub.adapters.canonical.SampleMessages;
import org.blohub.adapters.canonical.Seizure;
import org.blohub.adapters.canonical.Vehicle;
import org.blohub.adapters.spi.NationalDocument;
import org.blohub.adapters.spi.TranslatedMessage;
import org.blohub.adapters.spi.Translation;
import org.blohub.adapters.spi.TranslationRefusal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThaiCmsXmlTranslatorTest {

    private static final String SAMPLE = new String(SampleDocuments.bytes(SampleDocuments.TH_CMS_REQUEST), StandardCharsets.UTF_8);

    private final ThaiCmsXmlTranslator translator = new ThaiCmsXmlTranslator();

    private Translation translate(byte[] content) {
        return translator.translate(new NationalDocument("request.xml", content), SampleDocuments.context("TH-MAESAI"));
    }

    private Translation translate(String text) {
        return translate(text.getBytes(StandardCharsets.UTF_8));
    }

    private static LiaisonMessage only(Translation translation) {
        assertThat(translation.refusals()).isEmpty();
        assertThat(translation.messages()).hasSize(1);
        return translation.messages().get(0).message();
    }

    private static TranslationRefusal refusalOf(Translation translation) {
        assertThat(translation.messages()).isEmpty();
        assertThat(translation.refusals()).hasSize(1);
        return translation.refusals().get(0);
    }

    @Nested
    class TheSampleRequest {

        private final Translation translation = translator.translate(
                SampleDocuments.document(SampleDocuments.TH_CMS_REQUEST), SampleDocuments.context("TH-MAESAI"));

        @Test
        void headerFieldsMapToTheCanonicalHeader() {
            LiaisonMessage message = only(translation);
            assertThat(MessageIds.isUlid(message.id())).isTrue();
            assertThat(message.conversationId()).isEqualTo(message.id());
            assertThat(message.inReplyTo()).isEmpty();
            assertThat(message.from()).isEqualTo("TH-MAESAI");
            assertThat(message.to()).containsExactly("MM-TACHILEIK");
            assertThat(message.kind()).isEqualTo(MessageKind.REQUEST);
            assertThat(message.priority()).isEqualTo(Priority.IMMEDIATE);
            assertThat(message.handling().code()).isEqualTo(HandlingCode.H2);
            assertThat(message.handling().restrictionText()).contains("No onward sharing without permission of Mae Sai BLO");
            assertThat(message.createdAt()).isEqualTo(Instant.parse("2026-11-28T02:41:00Z"));
            assertThat(message.replyBy()).contains(Instant.parse("2026-11-29T10:00:00Z"));
            assertThat(message.expiresAt()).isEmpty();
            assertThat(message.language()).isEqualTo("th");
            assertThat(message.subject()).isEqualTo("ขอข้อมูลบุคคลและรถยนต์ที่เกี่ยวข้องกับการลักลอบขนยาบ้า");
            assertThat(message.body()).isEqualTo("เมื่อวันที่ 27 พ.ย. 2569 เจ้าหน้าที่ตรวจพบยาบ้า 120,000 เม็ดในรถกระบะ\n"
                    + "ขอทราบประวัติการเดินทางข้ามแดนของบุคคลด้านล่างในช่วง 30 วันที่ผ่านมา");
            assertThat(message.attachments()).isEmpty();
            assertThat(message.source()).hasValueSatisfying(source -> {
                assertThat(source.system()).isEqualTo("th-police-cms");
                assertThat(source.format()).contains("urn:th:police:cms:2");
                assertThat(source.formatVersion()).contains("2.3");
                assertThat(source.reference()).contains("CR-2569-004417");
                assertThat(source.nationalReferences()).containsExactly(Map.entry("CaseRef", "ชร.1234/2569"));
            });
            assertThat(translation.messages().get(0).locator()).isEqualTo("/CaseRequest");
            assertThat(translation.messages().get(0).reference()).isEqualTo("CR-2569-004417");
        }

        @Test
        void personsKeepTheirNamesAsWrittenWithBuddhistEraBirthDatesConverted() {
            LiaisonMessage message = only(translation);
            assertThat(message.entities().persons()).hasSize(2);
            Person suspect = message.entities().persons().get(0);
            assertThat(suspect.role()).isEqualTo(PersonRole.SUSPECT);
            assertThat(suspect.nameOriginal()).isEqualTo("นายสมชาย ใจดี");
            assertThat(suspect.nameLatin()).contains("Somchai Jaidee");
            assertThat(suspect.nameLatinDerived()).isFalse();
            assertThat(suspect.familyNameLatin()).isEmpty();
            assertThat(suspect.givenNameLatin()).isEmpty();
            assertThat(suspect.birthDate()).contains(LocalDate.of(1988, 3, 12));
            assertThat(suspect.sex()).isEmpty();
            assertThat(suspect.nationality()).contains("THA");
            assertThat(suspect.documents()).containsExactly(IdentityDocument.of(DocumentKind.PASSPORT, "AA1234567", "THA"));
            Person associate = message.entities().persons().get(1);
            assertThat(associate.role()).isEqualTo(PersonRole.ASSOCIATE);
            assertThat(associate.nameOriginal()).isEqualTo("Aung Ko Ko");
            assertThat(associate.nameLatin()).as("a Latin-script name needs no romanisation").isEmpty();
            assertThat(associate.nameLatinDerived()).isFalse();
            assertThat(associate.nationality()).contains("MMR");
            assertThat(associate.documents()).isEmpty();
        }

        @Test
        void vehicleAndSeizureAreCarriedAsWritten() {
            LiaisonMessage message = only(translation);
            assertThat(message.entities().vehicles()).containsExactly(new Vehicle("บต 4521 เชียงราย",
                    Optional.of("THA"), Optional.of("Toyota Hilux"), Optional.of("white")));
            Seizure seizure = message.entities().seizures().get(0);
            assertThat(message.entities().seizures()).hasSize(1);
            assertThat(seizure.commodity()).isEqualTo("methamphetamine tablets");
            assertThat(seizure.commodityClass()).contains("ATS");
            assertThat(seizure.commodityOriginal()).isEmpty();
            assertThat(seizure.quantity()).isEqualTo(new BigDecimal("120000"));
            assertThat(seizure.unit()).isEqualTo("tablet");
            assertThat(seizure.place()).contains("Mae Sai, Chiang Rai");
            assertThat(seizure.seizedOn()).isEmpty();
            assertThat(seizure.personsDetained()).isEmpty();
            assertThat(message.entities().documents()).isEmpty();
            assertThat(message.entities().vessels()).isEmpty();
        }

        @Test
        void isValidCanonically() {
            assertThat(new LiaisonMessageValidator().validate(only(translation), SampleMessages.CLOCK)).isEmpty();
        }
    }

    @Nested
    class EncodingsAndDigits {

        @Test
        void aWindows874CopyDeclaringItsEncodingGivesTheSameMessage() {
            assertSameAsSample(reencoded("windows-874", Charset.forName("x-windows-874")));
        }

        @Test
        void aTis620CopyDeclaringItsEncodingGivesTheSameMessage() {
            assertSameAsSample(reencoded("TIS-620", Charset.forName("TIS-620")));
        }

        private byte[] reencoded(String declared, Charset charset) {
            return SAMPLE.replace("encoding=\"UTF-8\"", "encoding=\"" + declared + "\"").getBytes(charset);
        }

        private void assertSameAsSample(byte[] content) {
            LiaisonMessage expected = only(translate(SAMPLE));
            LiaisonMessage actual = only(translate(content));
            assertThat(actual.toBuilder().id(expected.id()).conversationId(expected.id()).build()).isEqualTo(expected);
        }

        @Test
        void thaiDigitsInDatesAreRead() {
            LiaisonMessage message = only(translate(SAMPLE.replace("28/11/2569 09:41:00", "๒๘/๑๑/๒๕๖๙ ๐๙:๔๑:๐๐")
                    .replace("12/03/2531", "๑๒/๐๓/๒๕๓๑")));
            assertThat(message.createdAt()).isEqualTo(Instant.parse("2026-11-28T02:41:00Z"));
            assertThat(message.entities().persons().get(0).birthDate()).contains(LocalDate.of(1988, 3, 12));
        }

        @Test
        void aLeapDayInABuddhistEraYearIsConvertedBeforeBeingChecked() {
            LiaisonMessage message = only(translate(SAMPLE.replace("12/03/2531", "29/02/2531")));
            assertThat(message.entities().persons().get(0).birthDate()).contains(LocalDate.of(1988, 2, 29));
        }

        @Test
        void bytesNotValidInTheDeclaredEncodingAreRefusedWithTheirLine() {
            byte[] content = SAMPLE.getBytes(Charset.forName("x-windows-874"));
            TranslationRefusal refusal = refusalOf(translate(content));
            assertThat(refusal.locator()).startsWith("line 5, byte ");
            assertThat(refusal.reason()).contains("not valid UTF-8");
        }

        @Test
        void anUnknownDeclaredEncodingIsRefused() {
            TranslationRefusal refusal = refusalOf(translate(SAMPLE.replace("encoding=\"UTF-8\"", "encoding=\"x-klingon\"")));
            assertThat(refusal.locator()).isEqualTo("line 1");
            assertThat(refusal.field()).isEqualTo("encoding");
        }
    }

    @Nested
    class HostileDocuments {

        @Test
        void anExternalEntityIsRefusedAndNeverResolved(@TempDir Path dir) throws Exception {
            Path secret = dir.resolve("secret.txt");
            Files.writeString(secret, "TOPSECRET-KEY");
            String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE CaseRequest [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                    + SAMPLE.substring(SAMPLE.indexOf("<CaseRequest")).replace("<Lang>th</Lang>", "<Lang>&xxe;</Lang>");
            TranslationRefusal refusal = refusalOf(translate(xxe));
            assertThat(refusal.locator()).startsWith("line 2");
            assertThat(refusal.reason()).contains("DOCTYPE").doesNotContain("TOPSECRET");
        }

        @Test
        void anEntityExpansionBombIsRefusedBeforeExpanding() {
            StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
            for (int i = 1; i <= 9; i++) {
                bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
            }
            bomb.append("]>\n<CaseRequest xmlns=\"urn:th:police:cms:2\" version=\"2.3\">&lol9;</CaseRequest>");
            TranslationRefusal refusal = refusalOf(translate(bomb.toString()));
            assertThat(refusal.locator()).startsWith("line 2");
            assertThat(refusal.reason()).contains("DOCTYPE");
        }
    }

    @Nested
    class InvalidDocuments {

        @Test
        void aSchemaViolationNamesLineElementAndRuleButNotTheValue() {
            TranslationRefusal refusal = refusalOf(translate(SAMPLE.replace("<Urgency>2</Urgency>", "<Urgency>urgent-somchai</Urgency>")));
            assertThat(refusal.locator()).startsWith("line 10, column ");
            assertThat(refusal.field()).isEqualTo("/CaseRequest/Header/Urgency");
            assertThat(refusal.reason()).contains("th-cms-request.xsd").contains("cvc-").doesNotContain("somchai");
        }

        @Test
        void aMissingRequiredElementIsNamed() {
            TranslationRefusal refusal = refusalOf(translate(SAMPLE.replace("<Lang>th</Lang>", "")));
            assertThat(refusal.field()).isEqualTo("/CaseRequest/Header");
            assertThat(refusal.reason()).contains("Lang");
        }

        @Test
        void aDateThatDoesNotExistIsRefusedNamingTheElement() {
            TranslationRefusal refusal = refusalOf(translate(SAMPLE.replace("28/11/2569 09:41:00", "31/02/2569 09:41:00")));
            assertThat(refusal.locator()).isEqualTo("/CaseRequest/Header/Created");
            assertThat(refusal.reason()).contains("Buddhist Era");
        }

        @Test
        void anotherNamespaceIsRefused() {
            TranslationRefusal refusal = refusalOf(translate(SAMPLE.replace("urn:th:police:cms:2", "urn:th:police:cms:1")));
            assertThat(refusal.locator()).startsWith("line 2");
            assertThat(refusal.reason()).contains("CaseRequest");
        }

        @Test
        void malformedXmlIsRefusedWithItsLine() {
            TranslationRefusal refusal = refusalOf(translate(SAMPLE.replace("</Subject>", "</Subjet>")));
            assertThat(refusal.locator()).startsWith("line 14");
        }

        @Test
        void anEmptyDocumentIsRefused() {
            assertThat(refusalOf(translate(new byte[0])).reason()).startsWith("The document is empty");
        }

        @Test
        void aDocumentOverTheLimitIsRefused() {
            assertThat(refusalOf(translate(new byte[10 * 1024 * 1024 + 1])).reason()).startsWith("The document is 10485761 bytes");
        }
    }

    @Test
    void aThaiNameWithoutRomanisationGetsADerivedOneMarkedAsSuch() {
        LiaisonMessage message = only(translate(SAMPLE.replace("<NameLatin>Somchai Jaidee</NameLatin>", "")));
        Person suspect = message.entities().persons().get(0);
        assertThat(suspect.nameLatin()).contains("Smchay Cidi");
        assertThat(suspect.nameLatinDerived()).isTrue();
        assertThat(new LiaisonMessageValidator().validate(message, SampleMessages.CLOCK)).isEmpty();
    }

    @Test
    void anH3RestrictionKeepsItsText() {
        LiaisonMessage message = only(translate(SAMPLE.replace("<Restriction code=\"H2\">", "<Restriction code=\"H3\">")));
        assertThat(message.handling().code()).isEqualTo(HandlingCode.H3);
        assertThat(message.handling().restrictionText()).contains("No onward sharing without permission of Mae Sai BLO");
    }

    @Test
    void answersNameTheirConversationAndTheAnsweredMessage() {
        LiaisonMessage message = only(translate(SAMPLE.replace("<Lang>th</Lang>", "<Lang>th</Lang><Kind>RESPONSE</Kind>"
                + "<ConversationId>" + SampleMessages.MAE_SAI_REQUEST_ID + "</ConversationId>"
                + "<InReplyTo>" + SampleMessages.TACHILEIK_RESPONSE_ID + "</InReplyTo>")));
        assertThat(message.kind()).isEqualTo(MessageKind.RESPONSE);
        assertThat(message.conversationId()).isEqualTo(SampleMessages.MAE_SAI_REQUEST_ID);
        assertThat(message.inReplyTo()).contains(SampleMessages.TACHILEIK_RESPONSE_ID);
    }

    @Test
    void theSampleTranslatesToOneMessageLocatedAtTheRoot() {
        assertThat(translator.translate(SampleDocuments.document(SampleDocuments.TH_CMS_REQUEST), SampleDocuments.context("TH-MAESAI"))
                .messages()).extracting(TranslatedMessage::locator).containsExactly("/CaseRequest");
    }
}
