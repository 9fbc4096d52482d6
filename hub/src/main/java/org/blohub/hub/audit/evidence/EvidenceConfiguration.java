package org.blohub.hub.audit.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditProperties;
import org.blohub.hub.audit.AuditTree;
import org.blohub.hub.audit.CheckpointPublisher;
import org.blohub.hub.audit.CheckpointStore;
import org.blohub.hub.node.NodeProperties;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.RegistryTrust;
import org.blohub.hub.revocation.CurrentCrls;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.ReceiptStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Evidence bundles; the log's verifier key is the {@code .vkey} file the audit key file set-up writes. */
@Configuration(proxyBeanMethods = false)
public class EvidenceConfiguration {

    /** @param publisher only to order the beans: it creates the log key and its {@code .vkey} file */
    @Bean
    EvidenceBundleBuilder evidenceBundleBuilder(MessageStore messages, ReceiptStore receipts, AuditLog auditLog,
            AuditTree tree, CheckpointStore checkpoints, CheckpointPublisher publisher, AuditProperties audit,
            NodeProperties node, NetworkRegistry registry, RegistryTrust trust, CurrentCrls crls) {
        Path keyFile = audit.logKeyFile() != null ? audit.logKeyFile()
                : node.dataDir().resolve("audit").resolve("log.key");
        Path verifierKeyFile = keyFile.resolveSibling(keyFile.getFileName() + ".vkey");
        NoteVerifierKey logKey;
        try {
            logKey = NoteVerifierKey.parse(Files.readString(verifierKeyFile, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NoteException e) {
            throw new EvidenceException("cannot read the audit verifier key " + verifierKeyFile, e);
        }
        return new EvidenceBundleBuilder(messages, receipts, auditLog, tree, checkpoints, logKey, registry, trust, crls);
    }
}
