package org.blohub.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.blohub.adapters.SampleDocuments;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.LiaisonMessageValidator;
import org.blohub.adapters.canonical.MessageIds;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Priority;
import org.blohub.adapters.canonical.SampleMessages;
import org.blohub.adapters.spi.AttachmentFile;
import org.blohub.adapters.spi.NationalDocument;
import org.blohub.adapters.spi.TranslatedMessage;
import org.blohub.adapters.spi.Translation;
import org.blohub.adapters.spi.TranslationRefusal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OfficerMailTranslatorTest {

    private static final String SAMPLE = new String(SampleDocuments.bytes(SampleDocuments.MM_OFFICER_REQUEST), StandardCharsets.UTF_8);
    private static final String EXPECTED_BODY = """
            Dear colleagues at Mae Sai,

            Please share any observations of long-tail boats crossing the Ruak river near the
            Golden Triangle between 25 and 27 November, in particular a blue boat with registration
            ending 77. We believe it carried precursor chemicals.

            Regards,
            Duty officer, Tachileik BLO""";

    private final OfficerMailTranslator translator = new OfficerMailTranslator();

    private Translation translate(byte[] content) {
        return translator.translate(new NationalDocument("<20261128100500.4411@tachileik.example.org>", content),
                SampleDocuments.context("MM-TACHILEIK"));
    }

    private Translation translate(String text) {
        return translate(text.getBytes(StandardCharsets.UTF_8));
    }

    private static TranslatedMessage only(Translation translation) {
        assertThat(translation.refusals()).isEmpty();
        assertThat(translation.messages()).hasSize(1);
        return translation.messages().get(0);
    }

    private static TranslationRefusal refusalOf(Translation translation) {
        assertThat(translation.messages()).isEmpty();
        assertThat(translation.refusals()).hasSize(1);
        return translation.refusals().get(0);
    }

    @Nested
    class TheSampleMail {

        private final TranslatedMessage translated = only(translate(SampleDocuments.bytes(SampleDocuments.MM_OFFICER_REQUEST)));
        private final LiaisonMessage message = translated.message();

        @Test
        void headersAndKeyLinesMapToTheCanonicalHeader() {
            assertThat(MessageIds.isUlid(message.id())).isTrue();
            assertThat(message.conversationId()).as("Conversation: none starts a conversation").isEqualTo(message.id());
            assertThat(message.inReplyTo()).isEmpty();
            assertThat(message.from()).as("the channel's office").isEqualTo("MM-TACHILEIK");
            assertThat(message.to()).containsExactly("TH-MAESAI");
            assertThat(message.kind()).isEqualTo(MessageKind.REQUEST);
            assertThat(message.priority()).isEqualTo(Priority.IMMEDIATE);
            assertThat(message.handling().code()).isEqualTo(HandlingCode.H0);
            assertThat(message.handling().restrictionText()).isEmpty();
            assertThat(message.createdAt()).isEqualTo(Instant.parse("2026-11-28T03:35:00Z"));
            assertThat(message.replyBy()).as("end of 30 November at +06:30").contains(Instant.parse("2026-11-30T17:29:59Z"));
            assertThat(message.expiresAt()).isEmpty();
            assertThat(message.language()).isEqualTo("en");
            assertThat(message.subject()).isEqualTo("vessel movements on the Ruak river");
        }

        @Test
        void theTextAfterTheKeyLinesIsTheBodyAndNothingIsGuessedFromIt() {
            assertThat(message.body()).isEqualTo(EXPECTED_BODY);
            assertThat(message.entities().persons()).isEmpty();
            assertThat(message.entities().vessels()).isEmpty();
            assertThat(message.entities().vehicles()).isEmpty();
            assertThat(message.entities().documents()).isEmpty();
            assertThat(message.entities().seizures()).isEmpty();
            assertThat(message.attachments()).isEmpty();
            assertThat(translated.attachments()).isEmpty();
        }

        @Test
        void theSourceKeepsMessageIdAndSenderAddress() {
            assertThat(message.source()).hasValueSatisfying(source -> {
                assertThat(source.system()).isEqualTo("mm-officer-mail");
                assertThat(source.format()).contains("mm-officer-email");
                assertThat(source.formatVersion()).isEmpty();
                assertThat(source.reference()).contains("<20261128100500.4411@tachileik.example.org>");
                assertThat(source.nationalReferences()).containsExactly(Map.entry("mailFrom", "tachileik.blo@example.org"));
            });
            assertThat(translated.reference()).isEqualTo("<20261128100500.4411@tachileik.example.org>");
            assertThat(translated.locator()).isEqualTo("message");
        }

        @Test
        void isValidCanonicallyOnceSent() {
            Clock afterSending = Clock.fixed(Instant.parse("2026-11-28T04:00:00Z"), ZoneOffset.UTC);
            assertThat(new LiaisonMessageValidator().validate(message, afterSending)).isEmpty();
        }
    }

    @Test
    void aConversationIdMakesTheMailAnAnswerInThatConversation() {
        LiaisonMessage message = only(translate(SAMPLE.replace("Conversation: none", "Conversation: " + SampleMessages.MAE_SAI_REQUEST_ID)
                .replace("Request to TH-MAESAI: ", "").replace("Handling: H0", "Handling: H3 Not for prosecution"))).message();
        assertThat(message.kind()).isEqualTo(MessageKind.RESPONSE);
        assertThat(message.conversationId()).isEqualTo(SampleMessages.MAE_SAI_REQUEST_ID);
        assertThat(message.inReplyTo()).contains(SampleMessages.MAE_SAI_REQUEST_ID);
        assertThat(message.handling().code()).isEqualTo(HandlingCode.H3);
        assertThat(message.handling().restrictionText()).contains("Not for prosecution");
    }

    @Test
    void mimeAttachmentsBecomeAttachmentFilesInOrder() throws Exception {
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
        mail.setFrom("tachileik.blo@example.org");
        mail.setSubject("[FLASH] Alert to TH-MAESAI: photo of the boat", "UTF-8");
        mail.setHeader("Date", "Sat, 28 Nov 2026 10:05:00 +0630");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("To: TH-MAESAI, TH-CHIANGSAEN\n\nPhoto and list attached.\n", "UTF-8");
        MimeBodyPart photo = new MimeBodyPart();
        photo.setContent(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3}, "image/jpeg");
        photo.setFileName("boat.jpg");
        photo.setDisposition("attachment");
        MimeBodyPart list = new MimeBodyPart();
        list.setText("crew list", "UTF-8");
        list.setFileName("crew.txt");
        list.setDisposition("attachment");
        mail.setContent(new MimeMultipart(text, photo, list));
        mail.saveChanges();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        mail.writeTo(bytes);

        TranslatedMessage translated = only(translate(bytes.toByteArray()));
        assertThat(translated.message().kind()).isEqualTo(MessageKind.ALERT);
        assertThat(translated.message().priority()).isEqualTo(Priority.FLASH);
        assertThat(translated.message().to()).containsExactly("TH-MAESAI", "TH-CHIANGSAEN");
        assertThat(translated.message().body()).isEqualTo("Photo and list attached.");
        assertThat(translated.attachments()).extracting(AttachmentFile::name, AttachmentFile::mediaType)
                .containsExactly(tuple("boat.jpg", "image/jpeg"),
                        tuple("crew.txt", "text/plain"));
        assertThat(translated.attachments().get(0).content()).containsExactly(0xFF, 0xD8, 0xFF, 1, 2, 3);
        assertThat(translated.attachments().get(1).content()).isEqualTo("crew list".getBytes(StandardCharsets.UTF_8));
        assertThat(translated.reference()).as("no Message-ID: the mail's digest").isNotBlank();
    }

    @Nested
    class Refusals {

        @Test
        void anUnknownPriorityIsRefusedNamingTheSubjectHeader() {
            TranslationRefusal refusal = refusalOf(translate(SAMPLE.replace("[IMMEDIATE]", "[URGENT]")));
            assertThat(refusal.locator()).isEqualTo("header Subject");
            assertThat(refusal.field()).isEqualTo("Subject");
            assertThat(refusal.reason()).contains("[FLASH], [IMMEDIATE] or [ROUTINE]");
        }

        @Test
        void aSubjectWithoutPriorityIsRefused() {
            assertThat(refusalOf(translate(SAMPLE.replace("[IMMEDIATE] ", ""))).locator()).isEqualTo("header Subject");
        }

        @Test
        void aMailWithoutToKeyIsRefusedNamingTheKey() {
            TranslationRefusal refusal = refusalOf(translate(SAMPLE.replace("To: TH-MAESAI\n", "")));
            assertThat(refusal.field()).isEqualTo("To");
            assertThat(refusal.reason()).contains("To: line");
        }

        @Test
        void aMailWithoutBodyIsRefused() {
            String headersOnly = SAMPLE.substring(0, SAMPLE.indexOf("Dear colleagues"));
            TranslationRefusal refusal = refusalOf(translate(headersOnly));
            assertThat(refusal.locator()).isEqualTo("body");
            assertThat(refusal.reason()).contains("no message text");
        }

        @Test
        void anEmptyMailTextIsRefusedForBothToAndBody() {
            Translation translation = translate(SAMPLE.substring(0, SAMPLE.indexOf("To: TH-MAESAI\n")));
            assertThat(translation.messages()).isEmpty();
            assertThat(translation.refusals()).extracting(TranslationRefusal::field).containsExactly("To", "");
        }

        @Test
        void anUnknownKeyIsRefusedWithItsLine() {
            TranslationRefusal refusal = refusalOf(translate(SAMPLE.replace("Handling: H0", "Handlign: H0")));
            assertThat(refusal.locator()).isEqualTo("body line 2");
            assertThat(refusal.field()).isEqualTo("Handlign");
        }

        @Test
        void anOfficeThatIsNotAnOfficeIdIsRefused() {
            TranslationRefusal refusal = refusalOf(translate(SAMPLE.replace("To: TH-MAESAI", "To: Mae Sai")));
            assertThat(refusal.locator()).isEqualTo("body line 1");
            assertThat(refusal.field()).isEqualTo("To");
        }

        @Test
        void badHandlingReplyByAndConversationAreEachNamed() {
            Translation translation = translate(SAMPLE.replace("Handling: H0", "Handling: secret")
                    .replace("Reply-By: 2026-11-30", "Reply-By: 30/11/2026").replace("Conversation: none", "Conversation: 42"));
            assertThat(translation.messages()).isEmpty();
            assertThat(translation.refusals()).extracting(TranslationRefusal::field).containsExactly("Handling", "Reply-By", "Conversation");
            assertThat(translation.refusals()).extracting(TranslationRefusal::locator)
                    .containsExactly("body line 2", "body line 3", "body line 4");
        }

        @Test
        void aMissingDateIsRefused() {
            assertThat(refusalOf(translate(SAMPLE.replace("Date: Sat, 28 Nov 2026 10:05:00 +0630\n", ""))).locator()).isEqualTo("header Date");
        }

        @Test
        void aMissingSenderIsRefused() {
            assertThat(refusalOf(translate(SAMPLE.replace("From: tachileik.blo@example.org\n", ""))).locator()).isEqualTo("header From");
        }

        @Test
        void textThatIsNotValidInItsDeclaredCharsetIsRefused() {
            byte[] latin1 = SAMPLE.replace("Content-Type: text/plain; charset=UTF-8", "Content-Type: text/plain; charset=UTF-8\n"
                    + "Content-Transfer-Encoding: 8bit").replace("Dear colleagues", "Ch\u00e8re coll\u00e8gues").getBytes(StandardCharsets.ISO_8859_1);
            TranslationRefusal refusal = refusalOf(translate(latin1));
            assertThat(refusal.locator()).startsWith("message text, line 6, byte ");
            assertThat(refusal.reason()).contains("not valid UTF-8");
        }

        @Test
        void anHtmlOnlyMailIsRefused() {
            TranslationRefusal refusal = refusalOf(translate(SAMPLE.replace("text/plain", "text/html")));
            assertThat(refusal.reason()).contains("no plain-text part");
        }

        @Test
        void emptyAndOversizedMailsAreRefused() {
            assertThat(refusalOf(translate(new byte[0])).reason()).startsWith("The document is empty");
            assertThat(refusalOf(translate(new byte[10 * 1024 * 1024 + 1])).reason()).startsWith("The document is 10485761 bytes");
        }
    }
}
