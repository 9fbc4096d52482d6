package org.blohub.hub.airgap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;

import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

class AirGapControllerTest {

    private final BundleImport importer = mock(BundleImport.class);
    private final AuditLog auditLog = mock(AuditLog.class);
    private final AirGapController controller = new AirGapController(mock(BundleExport.class), importer,
            new BundleRefusalAudit(auditLog, TransactionOperations.withoutTransaction(), Clock.systemUTC()),
            DataSize.ofBytes(100));

    @Test
    void refusesABundleLargerThanTheLimitWith413BeforeImportingAndAuditsIt() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/admin/airgap/imports");
        request.setContent(new byte[101]);

        assertThatThrownBy(() -> controller.importBundle(request, new TestingAuthenticationToken("la-admin", null)))
                .isInstanceOfSatisfying(ResponseStatusException.class, refused -> {
                    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
                    assertThat(refused.getReason()).startsWith("BLO-GAP-017 TOO_LARGE")
                            .contains("blo.airgap.max-bundle-size");
                });
        verifyNoInteractions(importer);
        ArgumentCaptor<AuditEvent> event = ArgumentCaptor.forClass(AuditEvent.class);
        verify(auditLog).append(event.capture());
        assertThat(event.getValue().reasonCode()).contains("BLO-GAP-017 TOO_LARGE");
        assertThat(event.getValue().actor()).isEqualTo("la-admin");
    }
}
