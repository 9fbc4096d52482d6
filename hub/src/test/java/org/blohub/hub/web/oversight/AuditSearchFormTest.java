package org.blohub.hub.web.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditQuery;
import org.junit.jupiter.api.Test;

class AuditSearchFormTest {

    private static AuditSearchForm form(String messageId, String office, String type, String from, String until) {
        return new AuditSearchForm(messageId, office, type, from, until, 0);
    }

    @Test
    void turnsTheFilledFieldsIntoAQueryOverWholeUtcDaysWithTheLastDayIncluded() {
        AuditQuery query = form(" 01jq8z4k2m7n9p3r5t6v8w0x1y ", "th-maesai", "SENT", "2026-03-14", "2026-03-15")
                .query();

        assertThat(query.messageId()).contains("01JQ8Z4K2M7N9P3R5T6V8W0X1Y");
        assertThat(query.office()).contains("TH-MAESAI");
        assertThat(query.type()).contains(AuditEventType.SENT);
        assertThat(query.from()).contains(Instant.parse("2026-03-14T00:00:00Z"));
        assertThat(query.until()).contains(Instant.parse("2026-03-16T00:00:00Z"));
        assertThat(query.limit()).isEqualTo(AuditSearchForm.PAGE);
    }

    @Test
    void leavesEmptyFieldsOutOfTheQuery() {
        AuditQuery query = form("", null, "", " ", "").query();

        assertThat(form("", null, "", " ", "").isEmpty()).isTrue();
        assertThat(query.messageId()).isEmpty();
        assertThat(query.office()).isEmpty();
        assertThat(query.type()).isEmpty();
        assertThat(query.from()).isEmpty();
        assertThat(query.until()).isEmpty();
    }

    @Test
    void namesTheFieldToCorrectAndHowForEachUnreadableValue() {
        assertThat(form("01JQ8Z", "", "", "", "").problem())
                .contains(new AuditSearchForm.Problem("messageId", "audit.search.problem.messageId"));
        assertThat(form("", "Mae Sai", "", "", "").problem())
                .contains(new AuditSearchForm.Problem("office", "audit.search.problem.office"));
        assertThat(form("", "", "DELETED", "", "").problem())
                .contains(new AuditSearchForm.Problem("type", "audit.search.problem.type"));
        assertThat(form("", "", "", "14/03/2026", "").problem())
                .contains(new AuditSearchForm.Problem("from", "audit.search.problem.date"));
        assertThat(form("", "", "", "2026-03-15", "2026-03-14").problem())
                .contains(new AuditSearchForm.Problem("until", "audit.search.problem.range"));
        assertThat(form("", "TH-MAESAI", "RECEIPT", "2026-03-14", "2026-03-14").problem()).isEqualTo(Optional.empty());
    }
}
