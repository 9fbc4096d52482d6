package org.blohub.hub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.blohub.adapters.canonical.DocumentKind;
import org.blohub.adapters.canonical.FieldError;
import org.blohub.adapters.canonical.FieldErrorCode;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.hub.pipeline.SubmissionRefusedException;
import org.junit.jupiter.api.Test;

class DraftMessageTest {

    static final String ID = "01JXYZ0000000000000000000A";
    static final DraftMessage.Envelope NEW = new DraftMessage.Envelope(ID, "TH-CHIANGKHONG",
            Instant.parse("2026-12-07T05:00:00Z"), ZoneId.of("Asia/Bangkok"), Optional.empty(), Optional.empty());

    static Draft flashRequest() {
        Draft draft = Draft.blank("th");
        draft.setTo(List.of("LA-HOUAYXAY"));
        draft.setPriority("FLASH");
        draft.setHandlingCode("H2");
        draft.setReplyBy("2026-12-07T14:00");
        draft.setSubject("รถกระบะ");
        draft.setBody("ข้ามแดนใน 48 ชั่วโมงหรือไม่");
        draft.getPersons().get(1).setNameOriginal("สมชาย ใจดี");
        draft.getPersons().get(1).setNameLatin("Somchai Jaidee");
        draft.getVehicles().get(0).setPlate("บต 4521");
        return draft;
    }

    @Test
    void aFormBecomesTheCanonicalMessageWithReplyByInTheNodesZoneAndEmptyRowsLeftOut() throws Exception {
        LiaisonMessage message = DraftMessage.of(flashRequest(), NEW).message();

        assertThat(message.conversationId()).isEqualTo(ID);
        assertThat(message.from()).isEqualTo("TH-CHIANGKHONG");
        assertThat(message.handling().code()).isEqualTo(HandlingCode.H2);
        assertThat(message.handling().restrictionText()).isEmpty();
        assertThat(message.replyBy()).contains(Instant.parse("2026-12-07T07:00:00Z"));
        assertThat(message.entities().persons()).singleElement()
                .satisfies(person -> assertThat(person.nameLatin()).contains("Somchai Jaidee"));
        assertThat(message.entities().vehicles()).hasSize(1);
    }

    @Test
    void aChosenOperationGroupIsCarriedAndItsRefusalsLandUnderTheRecipients() throws Exception {
        Draft draft = flashRequest();
        draft.setTo(List.of());
        draft.setKind("ALERT");
        draft.setOperationGroup("MEKONG-JOINT-2026");

        DraftMessage message = DraftMessage.of(draft, NEW);

        assertThat(message.message().operationGroup()).contains("MEKONG-JOINT-2026");
        assertThat(message.message().to()).isEmpty();
        assertThat(message.formField("operationGroup")).isEqualTo("to");
        assertThat(DraftMessage.of(flashRequest(), NEW).message().operationGroup()).isEmpty();
    }

    @Test
    void aReplyJoinsTheConversationOfTheMessageItAnswers() throws Exception {
        DraftMessage.Envelope reply = new DraftMessage.Envelope(ID, "LA-HOUAYXAY", NEW.createdAt(), NEW.zone(),
                Optional.of("01JXYZ0000000000000000000B"), Optional.of("01JXYZ0000000000000000000C"));

        LiaisonMessage message = DraftMessage.of(flashRequest(), reply).message();

        assertThat(message.conversationId()).isEqualTo("01JXYZ0000000000000000000B");
        assertThat(message.inReplyTo()).contains("01JXYZ0000000000000000000C");
    }

    @Test
    void validatorPathsOfEntitiesPointAtTheFormRowTheyCameFrom() throws Exception {
        DraftMessage draft = DraftMessage.of(flashRequest(), NEW);

        assertThat(draft.formField("entities.persons[0].nameLatin")).isEqualTo("persons[1].nameLatin");
        assertThat(draft.formField("entities.vehicles[0].plate")).isEqualTo("vehicles[0].plate");
        assertThat(draft.formField("handling.restrictionText")).isEqualTo("restrictionText");
        assertThat(draft.formField("to[0]")).isEqualTo("to");
        assertThat(draft.formField("createdAt")).isEmpty();
    }

    @Test
    void unknownChoicesAndAMalformedReplyByAreRefusedNamingTheirFields() {
        Draft draft = flashRequest();
        draft.setPriority("URGENT");
        draft.setReplyBy("tomorrow");

        assertThatThrownBy(() -> DraftMessage.of(draft, NEW))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(refused.fieldErrors())
                        .extracting(FieldError::path, FieldError::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("priority", FieldErrorCode.INVALID_FORMAT),
                                org.assertj.core.groups.Tuple.tuple("replyBy", FieldErrorCode.INVALID_FORMAT)));
    }

    @Test
    void aFilledDocumentRowBecomesAnIdentityDocumentWhoseErrorsPointAtItsRow() throws Exception {
        Draft form = flashRequest();
        form.getDocuments().get(1).setKind("BORDER_PASS");
        form.getDocuments().get(1).setNumber(" BP-2026-0042 ");
        form.getDocuments().get(1).setIssuingCountry("THA");

        DraftMessage draft = DraftMessage.of(form, NEW);

        assertThat(draft.message().entities().documents()).singleElement().satisfies(document -> {
            assertThat(document.kind()).isEqualTo(DocumentKind.BORDER_PASS);
            assertThat(document.number()).isEqualTo("BP-2026-0042");
            assertThat(document.issuingCountry()).contains("THA");
        });
        assertThat(draft.formField("entities.documents[0].number")).isEqualTo("documents[1].number");
    }

    @Test
    void anUnknownDocumentKindIsRefusedNamingItsRow() {
        Draft form = flashRequest();
        form.getDocuments().get(0).setKind("LIBRARY_CARD");
        form.getDocuments().get(0).setNumber("42");

        assertThatThrownBy(() -> DraftMessage.of(form, NEW))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> {
                    assertThat(refused.fieldErrors()).extracting(FieldError::path).containsExactly("documents[0].kind");
                    assertThat(DraftMessage.topLevelField(refused.fieldErrors().get(0).path()))
                            .isEqualTo("documents[0].kind");
                });
    }
}
