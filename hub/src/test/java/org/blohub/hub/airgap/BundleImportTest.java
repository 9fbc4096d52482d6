package org.blohub.hub.airgap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.ArrayList;
import java.util.List;

import jakarta.jms.ConnectionFactory;

import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.store.ImmutableBytes;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.transaction.support.TransactionOperations;

class BundleImportTest {

    private final TestBundles bundles = new TestBundles();
    private final ConnectionFactory broker = mock(ConnectionFactory.class);
    private final AuditLog auditLog = mock(AuditLog.class);
    private final List<String> claimedBefore = new ArrayList<>();

    @Test
    void refusesABundleWhoseIdWasImportedBeforeWithoutTouchingTheInboundQueue() {
        BundleManifest manifest = TestBundles.manifest("01JD0000000000000000000B02", "LA", 2);
        byte[] file = bundles.file(manifest, bundles.thTls);
        claimedBefore.add(manifest.bundleId());

        assertThatThrownBy(() -> importer().importFile(file, "la-admin"))
                .isInstanceOfSatisfying(BundleRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(BundleRefusal.REPLAYED))
                .hasMessageContaining("bundle 01JD0000000000000000000B02 from node TH was imported here before");
        verifyNoInteractions(broker);
        AuditEvent rejected = appended();
        assertThat(rejected.type()).isEqualTo(AuditEventType.REJECTED);
        assertThat(rejected.reasonCode()).contains("BLO-GAP-016 REPLAYED");
        assertThat(rejected.actor()).isEqualTo("la-admin");
        assertThat(rejected.target()).contains("bundle-file:" + ImmutableBytes.copyOf(file).sha256Hex());
    }

    @Test
    void recordsARefusedFileAsRejectedWithItsCodeAndTheFilesDigestOnly() {
        byte[] file = bundles.file(TestBundles.manifest("01JD0000000000000000000B03", "KH", 1), bundles.thTls);

        assertThatThrownBy(() -> importer().importFile(file, "la-admin")).isInstanceOf(BundleRefusedException.class);

        AuditEvent rejected = appended();
        assertThat(rejected.reasonCode()).contains("BLO-GAP-015 WRONG_DESTINATION");
        assertThat(rejected.action()).contains(BundleImport.REFUSED_ACTION);
        assertThat(rejected.messageId()).isEmpty();
        assertThat(rejected.envelopeSha256()).isEmpty();
        verifyNoInteractions(broker);
    }

    private BundleImport importer() {
        ImportedBundles imported = (manifest, at, by) -> !claimedBefore.contains(manifest.bundleId());
        TransactionOperations noTransaction = TransactionOperations.withoutTransaction();
        return new BundleImport(bundles.openerOf("LA"), imported, new InboundQueueDelivery(broker, bundles.clock),
                auditLog, new BundleRefusalAudit(auditLog, noTransaction, bundles.clock), noTransaction, bundles.clock);
    }

    private AuditEvent appended() {
        ArgumentCaptor<AuditEvent> event = ArgumentCaptor.forClass(AuditEvent.class);
        verify(auditLog).append(event.capture());
        return event.getValue();
    }

}
