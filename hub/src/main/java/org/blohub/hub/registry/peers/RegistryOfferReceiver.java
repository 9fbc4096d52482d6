package org.blohub.hub.registry.peers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.DeliveringNodes;
import org.blohub.hub.publication.LocalCopy;
import org.blohub.hub.publication.PublishedFileException;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.RegistryException;
import org.blohub.hub.registry.RegistryLoader;
import org.blohub.hub.store.StoreException;
import org.springframework.util.FileSystemUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A registry a peer offers. It is checked exactly as the node checks its own registry file: signed by the regional
 * registry signer under the node's roots and current CRLs. A newer one is written over the node's registry files,
 * whose refresh then applies it (audited {@code REGISTRY_APPLIED}); an older one makes the node offer its own back;
 * one that fails the check is refused and audited {@code REGISTRY_REFUSED} with the delivering peer as actor.
 */
final class RegistryOfferReceiver implements Processor {

    static final String WRITTEN = "BLO-REG-011";
    static final String REFUSED = "BLO-REG-012";
    static final String REFUSED_ACTION = "REGISTRY_REFUSED";
    private static final Logger LOG = LoggerFactory.getLogger(RegistryOfferReceiver.class);

    private final NetworkRegistry running;
    private final Supplier<RegistryLoader> loader;
    private final LocalCopy registryFile;
    private final LocalCopy signatureFile;
    private final Path scratchDirectory;
    private final RegistryOffering offering;
    private final DeliveringNodes deliveringNodes;
    private final AuditLog auditLog;
    private final Clock clock;

    RegistryOfferReceiver(NetworkRegistry running, Supplier<RegistryLoader> loader, LocalCopy registryFile,
            LocalCopy signatureFile, Path scratchDirectory, RegistryOffering offering, DeliveringNodes deliveringNodes,
            AuditLog auditLog, Clock clock) {
        this.running = running;
        this.loader = loader;
        this.registryFile = registryFile;
        this.signatureFile = signatureFile;
        this.scratchDirectory = scratchDirectory;
        this.offering = offering;
        this.deliveringNodes = deliveringNodes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        String actor = deliveringNodes.actorOf(Optional.ofNullable(
                message.getHeader(BloHeaders.VALIDATED_USER_AS_JMS, String.class)));
        byte[] body = Optional.ofNullable(message.getBody(byte[].class)).orElse(new byte[0]);
        try {
            RegistryOffer offer = RegistryOffer.decode(body);
            long offered = verifiedSerial(offer);
            long current = running.serial();
            if (offered > current) {
                signatureFile.replaceWith(offer.signature());
                registryFile.replaceWith(offer.registry());
                LOG.info("{} {} offered registry serial {} (this node runs on {}); written to {}, applied at the next"
                        + " refresh", WRITTEN, actor, offered, current, registryFile.file());
            } else if (offered < current) {
                deliveringNodes.nodeOf(Optional.ofNullable(message.getHeader(BloHeaders.VALIDATED_USER_AS_JMS,
                        String.class))).ifPresent(offering::reofferTo);
            }
        } catch (RegistryOfferException e) {
            refuse(actor, body, "offer malformed", e.getMessage());
        } catch (RegistryException e) {
            refuse(actor, body, e.problems().isEmpty() ? "signature or file not accepted" : "content malformed",
                    e.getMessage());
        } catch (PublishedFileException e) {
            refuse(actor, body, "registry files not written", e.getMessage());
        }
    }

    private long verifiedSerial(RegistryOffer offer) throws RegistryException, RegistryOfferException {
        Path scratch;
        try {
            scratch = Files.createTempDirectory(scratchDirectory, "registry-offer");
        } catch (IOException e) {
            throw new RegistryOfferException("cannot make a scratch directory in " + scratchDirectory + ": " + e, e);
        }
        try {
            Path registry = Files.write(scratch.resolve("registry.yaml"), offer.registry());
            Path signature = Files.write(scratch.resolve("registry.yaml" + RegistryLoader.SIGNATURE_SUFFIX),
                    offer.signature());
            return loader.get().load(registry, signature).serial();
        } catch (IOException e) {
            throw new RegistryOfferException("cannot write the offer into " + scratch + ": " + e, e);
        } finally {
            try {
                FileSystemUtils.deleteRecursively(scratch);
            } catch (IOException e) {
                LOG.warn("{} cannot delete the scratch directory {}: {}", REFUSED, scratch, e.toString());
            }
        }
    }

    /** @param summary short enough for the audit leaf's reason; {@code detail} goes to the log only */
    private void refuse(String actor, byte[] body, String summary, String detail) {
        LOG.warn("{} registry offered by {} refused, the node keeps its registry: {}", REFUSED, actor, detail);
        try {
            auditLog.append(AuditEvent.admin(clock.instant(), actor, REFUSED_ACTION,
                    Optional.of("registry:sha256:" + sha256(body)), Optional.of("offered: " + summary)));
        } catch (StoreException e) {
            LOG.error("{} cannot record the refused registry offer of {} in the audit log", REFUSED, actor, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("SHA-256 is missing from this JVM", e);
        }
    }
}
