package org.blohub.hub.registry.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.node.RegistrySerialRecord;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.PublishedRegistry;
import org.blohub.hub.registry.RegistryLoader;
import org.blohub.hub.registry.RegistryPublisher;
import org.blohub.hub.registry.RegistryRefresh;
import org.blohub.hub.registry.TestNetworkPki;
import org.blohub.hub.registry.TwoNodeRegistryTemplate;
import org.blohub.hub.store.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What the job makes of a refresh, on registries signed by the real publisher: the ADMIN leaf and log code for an
 * applied and for a refused registry, one restart line per change the node cannot follow, and a failing audit
 * store that is logged without stopping the job.
 */
@ExtendWith(OutputCaptureExtension.class)
class RegistryRefreshJobTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final TestNetworkPki NETWORK = new TestNetworkPki(CLOCK, List.of("TH", "LA", "MM"),
            List.of("TH-CHIANGKHONG", "LA-HOUAYXAY"));
    private static final String TEMPLATE = TwoNodeRegistryTemplate.of("blo.mekong.example", "H3");
    private static final String WITH_MYANMAR = TEMPLATE.replace("offices:\n", """
              - name: MM
                country: MM
                displayName: Myanmar
                broker: { host: 127.0.0.1, port: 61619 }
                httpPort: 8083
            offices:
            """);

    @TempDir
    Path directory;

    private final AuditLog auditLog = mock(AuditLog.class);
    private Path registryFile;
    private NetworkRegistry running;
    private RegistrySerialRecord serials;
    private RegistryRefreshJob job;

    @BeforeEach
    void startOnSerialSeven() throws Exception {
        registryFile = publish(TEMPLATE, 7, "running").registryFile();
        running = loader().load(registryFile);
        serials = new RegistrySerialRecord(directory.resolve("data"));
        job = new RegistryRefreshJob(new RegistryRefresh(registryFile, RegistryRefreshJobTest::loader, running, "TH"),
                serials, auditLog, "TH", CLOCK, Duration.ofMinutes(1));
    }

    @Test
    void anAppliedRegistryIsRecordedAndEachChangeThatNeedsARestartLogged(CapturedOutput output) throws Exception {
        replaceWith(publish(WITH_MYANMAR, 8, "newer"));

        job.runOnce();
        job.runOnce();

        assertThat(running.serial()).isEqualTo(8);
        assertThat(serials.highest()).as("kept against a restart on an older registry").hasValue(8);
        AuditEvent event = recorded();
        assertThat(event.action()).contains(RegistryRefreshJob.APPLIED_ACTION);
        assertThat(event.target()).contains("registry:8:sha256:" + sha256(registryFile));
        assertThat(event.reasonCode()).contains("serial 7 -> 8");
        assertThat(output.getOut()).contains("BLO-REG-002 registry " + registryFile
                + " applied without a restart: serial 7 -> 8");
        assertThat(output.getOut().lines().filter(line -> line.contains("BLO-REG-004"))).singleElement()
                .satisfies(line -> assertThat(line).contains(" WARN ", "node MM added (broker bridges)"));
    }

    @Test
    void aRefusedRegistryIsRecordedWithBothSerialsAndLoggedWithTheFullReason(CapturedOutput output)
            throws Exception {
        replaceWith(publish(WITH_MYANMAR, 7, "equal"));

        job.runOnce();
        job.runOnce();

        assertThat(running.serial()).isEqualTo(7);
        assertThat(running.node("MM")).isEmpty();
        assertThat(serials.highest()).isEmpty();
        AuditEvent event = recorded();
        assertThat(event.action()).contains(RegistryRefreshJob.REFUSED_ACTION);
        assertThat(event.target()).contains("registry:sha256:" + sha256(registryFile));
        assertThat(event.reasonCode()).contains("serial 7 not above 7");
        assertThat(output.getOut()).contains("BLO-REG-003 registry refused, the node keeps serial 7: " + registryFile
                + ": serial 7 is not higher than serial 7 the node runs on");
    }

    @Test
    void anAuditStoreThatFailsIsLoggedAndTheJobKeepsRunning(CapturedOutput output) throws Exception {
        when(auditLog.append(any())).thenThrow(new StoreException("database unavailable"));
        replaceWith(publish(TEMPLATE, 8, "newer"));

        job.runOnce();
        job.runOnce();

        assertThat(running.serial()).isEqualTo(8);
        assertThat(output.getOut()).contains("BLO-REG-006 cannot record REGISTRY_APPLIED of registry:8:sha256:");
    }

    @Test
    void anUnchangedFileRecordsNothing() {
        job.runOnce();
        job.runOnce();

        verify(auditLog, never()).append(any());
    }

    private AuditEvent recorded() {
        ArgumentCaptor<AuditEvent> event = ArgumentCaptor.forClass(AuditEvent.class);
        verify(auditLog).append(event.capture());
        assertThat(event.getValue().type()).isEqualTo(AuditEventType.ADMIN);
        assertThat(event.getValue().actor()).isEqualTo("node:TH");
        assertThat(event.getValue().time()).isEqualTo(NOW);
        return event.getValue();
    }

    private PublishedRegistry publish(String template, long serial, String name) throws Exception {
        Path templateFile = directory.resolve(name + ".yaml");
        Files.writeString(templateFile, template);
        return new RegistryPublisher(CLOCK).publish(templateFile, NETWORK.certificates, NETWORK.registrySigner, serial,
                directory.resolve(name));
    }

    private void replaceWith(PublishedRegistry published) throws Exception {
        Files.copy(published.registryFile(), registryFile, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(published.signatureFile(),
                registryFile.resolveSibling(registryFile.getFileName() + RegistryLoader.SIGNATURE_SUFFIX),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static RegistryLoader loader() {
        return new RegistryLoader(NETWORK.trust(), CLOCK);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
