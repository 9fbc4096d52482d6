package org.blohub.adapters.jsonmapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

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
import org.blohub.adapters.canonical.Sex;
import org.blohub.adapters.spi.NationalDocument;
import org.blohub.adapters.spi.NationalFormats;
import org.blohub.adapters.spi.Translation;
import org.blohub.adapters.spi.TranslationRefusal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CambodianImmigrationAlertTranslatorTest {

    private static final String SAMPLE = new String(SampleDocuments.bytes(SampleDocuments.KH_IMMIGRATION_ALERT), StandardCharsets.UTF_8);

    private final CambodianImmigrationAlertTranslator translator = new CambodianImmigrationAlertTranslator();

    private Translation translate(byte[] content) {
        return translator.translate(new NationalDocument("alert.json", content), SampleDocuments.context("KH-BAVET"));
    }

    private Translation translate(String text) {
        return translate(text.getBytes(StandardCharsets.UTF_8));
    }

    private static LiaisonMessage only(Translation translation) {
        assertThat(translation.refusals()).isEmpty();
        assertThat(translation.messages()).hasSize(1);
        return translation.messages().get(0).message();
    }

    @Nested
    class TheSampleAlert {

        private final Translation translation = translate(SampleDocuments.bytes(SampleDocuments.KH_IMMIGRATION_ALERT));

        @Test
        void headerFieldsFollowTheMapping() {
            LiaisonMessage message = only(translation);
            assertThat(MessageIds.isUlid(message.id())).isTrue();
            assertThat(message.conversationId()).isEqualTo(message.id());
            assertThat(message.inReplyTo()).isEmpty();
            assertThat(message.from()).isEqualTo("KH-BAVET");
            assertThat(message.to()).containsExactly("VN-MOCBAI");
            assertThat(message.kind()).isEqualTo(MessageKind.ALERT);
            assertThat(message.priority()).isEqualTo(Priority.IMMEDIATE);
            assertThat(message.handling().code()).isEqualTo(HandlingCode.H1);
            assertThat(message.handling().restrictionText()).isEmpty();
            assertThat(message.createdAt()).isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));
            assertThat(message.replyBy()).isEmpty();
            assertThat(message.expiresAt()).contains(Instant.parse("2026-12-05T09:00:00Z"));
            assertThat(message.language()).isEqualTo("en");
            assertThat(message.subject()).isEqualTo("Suspected trafficking victim escort — watch for travel document");
            assertThat(message.body()).isEqualTo("Male escort travelling with three young women; document believed fraudulent.");
            assertThat(message.attachments()).isEmpty();
            assertThat(message.source()).hasValueSatisfying(source -> {
                assertThat(source.system()).isEqualTo("kh-immigration-alerts");
                assertThat(source.format()).contains("kh-immigration-json");
                assertThat(source.formatVersion()).isEmpty();
                assertThat(source.reference()).contains("KH-IMM-2026-11-000981");
                assertThat(source.nationalReferences()).containsExactly(Map.entry("level", "HIGH"));
            });
            assertThat(translation.messages().get(0).reference()).isEqualTo("kh-immigration-alerts:KH-IMM-2026-11-000981");
            assertThat(translation.messages().get(0).locator()).isEqualTo("/");
        }

        @Test
        void theSubjectBecomesAPersonWithTheTravelDocument() {
            LiaisonMessage message = only(translation);
            assertThat(message.entities().persons()).hasSize(1);
            Person person = message.entities().persons().get(0);
            assertThat(person.role()).isEqualTo(PersonRole.SUSPECT);
            assertThat(person.nameOriginal()).isEqualTo("ចាន់ ដារ៉ា");
            assertThat(person.nameLatin()).contains("Chan Dara");
            assertThat(person.nameLatinDerived()).isFalse();
            assertThat(person.familyNameLatin()).contains("Chan");
            assertThat(person.givenNameLatin()).contains("Dara");
            assertThat(person.birthDate()).contains(LocalDate.of(1991, 7, 4));
            assertThat(person.sex()).contains(Sex.MALE);
            assertThat(person.nationality()).contains("KHM");
            assertThat(person.documents()).containsExactly(
                    IdentityDocument.of(DocumentKind.PASSPORT, "N01234567", "KHM").withExpiry(LocalDate.of(2031, 2, 28)));
            assertThat(message.entities().documents()).isEmpty();
            assertThat(message.entities().vehicles()).isEmpty();
            assertThat(message.entities().vessels()).isEmpty();
            assertThat(message.entities().seizures()).isEmpty();
        }

        @Test
        void isValidCanonicallyOnceIssued() {
            Clock afterIssue = Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);
            assertThat(new LiaisonMessageValidator().validate(only(translation), afterIssue)).isEmpty();
        }
    }

    @Nested
    class Refusals {

        private TranslationRefusal single(Translation translation) {
            assertThat(translation.messages()).isEmpty();
            assertThat(translation.refusals()).hasSize(1);
            return translation.refusals().get(0);
        }

        @Test
        void aMissingRequiredFieldIsNamedByItsPointer() {
            TranslationRefusal refusal = single(translate(SAMPLE.replace("\"issuingPost\": \"KH-BAVET\",", "")));
            assertThat(refusal.locator()).isEqualTo("/issuingPost");
            assertThat(refusal.field()).isEqualTo("from");
            assertThat(refusal.reason()).contains("missing");
        }

        @Test
        void aMissingNameInsideThePersonIsNamedByItsFullPointer() {
            TranslationRefusal refusal = single(translate(SAMPLE.replace("\"nameKhmer\": \"ចាន់ ដារ៉ា\",", "")));
            assertThat(refusal.locator()).isEqualTo("/subject/nameKhmer");
            assertThat(refusal.field()).isEqualTo("nameOriginal");
        }

        @Test
        void everyProblemIsReportedAtOnce() {
            Translation translation = translate(SAMPLE.replace("\"title\":", "\"heading\":").replace("\"HIGH\"", "\"SEVERE\""));
            assertThat(translation.messages()).isEmpty();
            assertThat(translation.refusals()).extracting(TranslationRefusal::locator).containsExactlyInAnyOrder("/level", "/title");
        }

        @Test
        void aLevelOutsideTheCodeListIsRefusedListingTheKnownCodes() {
            Translation translation = translate(SAMPLE.replace("\"level\": \"HIGH\"", "\"level\": \"SEVERE\""));
            assertThat(translation.refusals()).first().satisfies(refusal -> {
                assertThat(refusal.locator()).isEqualTo("/level");
                assertThat(refusal.reason()).contains("CRITICAL", "HIGH", "MEDIUM", "LOW").doesNotContain("SEVERE");
            });
        }

        @Test
        void aTimestampThatIsNotANumberIsRefused() {
            TranslationRefusal refusal = single(translate(SAMPLE.replace("1795856400000", "\"yesterday\"")));
            assertThat(refusal.locator()).isEqualTo("/issuedAtMs");
            assertThat(refusal.reason()).contains("epoch-millis");
        }

        @Test
        void aMissingSubjectObjectIsRefused() {
            String withoutSubject = SAMPLE.substring(0, SAMPLE.indexOf("  \"subject\": {"))
                    + SAMPLE.substring(SAMPLE.indexOf("  \"validUntilMs\""));
            assertThat(single(translate(withoutSubject)).locator()).isEqualTo("/subject");
        }

        @Test
        void malformedJsonIsRefusedWithLineAndColumn() {
            TranslationRefusal refusal = single(translate(SAMPLE.replace("\"level\": \"HIGH\",", "\"level\": HIGH,")));
            assertThat(refusal.locator()).startsWith("line 6, column ");
            assertThat(refusal.reason()).doesNotContain("HIGH");
        }

        @Test
        void aRepeatedMemberIsRefused() {
            assertThat(single(translate(SAMPLE.replace("\"level\": \"HIGH\",", "\"level\": \"HIGH\", \"level\": \"LOW\","))).locator())
                    .startsWith("line 6");
        }

        @Test
        void aDocumentThatIsNotAnObjectIsRefused() {
            assertThat(single(translate("[" + SAMPLE + "]")).reason()).contains("one JSON object");
        }

        @Test
        void emptyOversizedAndNonUtf8DocumentsAreRefused() {
            assertThat(single(translate(new byte[0])).reason()).startsWith("The document is empty");
            assertThat(single(translate(new byte[10 * 1024 * 1024 + 1])).reason()).startsWith("The document is 10485761 bytes");
            byte[] latin1 = SAMPLE.replace("—", "-").replace("ចាន់ ដារ៉ា", "Chán").getBytes(StandardCharsets.ISO_8859_1);
            TranslationRefusal refusal = single(translate(latin1));
            assertThat(refusal.locator()).startsWith("line 11, byte ");
            assertThat(refusal.reason()).contains("UTF-8");
        }
    }

    @Test
    void withoutATravelDocumentThePersonHasNone() {
        String withoutDocument = SAMPLE.replace(",\n    \"travelDoc\": {\"kind\": \"PASSPORT\", \"number\": \"N01234567\", \"issuer\": \"KHM\", \"expires\": \"2031-02-28\"}", "");
        assertThat(withoutDocument).isNotEqualTo(SAMPLE);
        assertThat(only(translate(withoutDocument)).entities().persons().get(0).documents()).isEmpty();
    }

    @Test
    void withoutALatinNameTheKhmerNameIsRomanisedAndMarkedAsDerived() {
        String khmerOnly = SAMPLE.replace("\"familyName\": \"Chan\", \"givenName\": \"Dara\", ", "");
        Person person = only(translate(khmerOnly)).entities().persons().get(0);
        assertThat(person.nameLatin()).contains("Chan Dara");
        assertThat(person.nameLatinDerived()).isTrue();
        assertThat(person.familyNameLatin()).isEmpty();
    }

    @Test
    void isFoundByItsFormatIdThroughTheServiceLoader() {
        assertThat(NationalFormats.load().inbound("kh-immigration-json")).containsInstanceOf(CambodianImmigrationAlertTranslator.class);
    }
}
