package org.blohub.hub.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.blohub.crypto.detached.DetachedSignatureException;
import org.blohub.crypto.detached.DetachedSignatureVerifier;
import org.blohub.crypto.detached.SignerRequirement;
import org.blohub.crypto.detached.VerifiedSignature;
import org.blohub.crypto.pki.CertificatePathValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the signed network registry a node runs on. The detached signature is checked first;
 * only a registry whose signature verifies, whose signer certificate the regional root issued
 * directly and was valid at the signing time, is parsed at all. Then the content is checked and
 * every problem reported with its line and field.
 */
public final class RegistryLoader {

    /** The signature file next to a registry file: the registry's name plus this suffix. */
    public static final String SIGNATURE_SUFFIX = ".p7s";

    private static final Logger LOG = LoggerFactory.getLogger(RegistryLoader.class);

    private final List<X509Certificate> roots;
    private final DetachedSignatureVerifier verifier;

    public RegistryLoader(RegistryTrust trust, Clock clock) {
        Objects.requireNonNull(trust, "trust");
        this.roots = trust.roots();
        this.verifier = new DetachedSignatureVerifier(
                new CertificatePathValidator(trust.roots(), List.of(), trust.crls()), clock);
    }

    /** Loads {@code registryFile} with its signature in {@code registryFile + ".p7s"}. */
    public NetworkRegistry load(Path registryFile) throws RegistryException {
        return load(registryFile, registryFile.resolveSibling(registryFile.getFileName() + SIGNATURE_SUFFIX));
    }

    public NetworkRegistry load(Path registryFile, Path signatureFile) throws RegistryException {
        byte[] registry = read(registryFile, "registry");
        byte[] signature = read(signatureFile, "registry signature");
        VerifiedSignature verified = verify(registryFile, signatureFile, registry, signature);
        NetworkRegistry loaded = RegistryParser.parsePublished(registryFile, registry, roots);
        LOG.info("BLO-REG-001 loaded network registry {} serial {} for {}: {} nodes, {} offices, {} agreements;"
                        + " signed {} by {}", registryFile, loaded.serial(), loaded.domain(), loaded.nodes().size(),
                loaded.offices().size(), loaded.agreements().size(), verified.signingTime(),
                verified.signer().getSubjectX500Principal().getName());
        return loaded;
    }

    private VerifiedSignature verify(Path registryFile, Path signatureFile, byte[] registry, byte[] signature)
            throws RegistryException {
        try {
            return verifier.verify(registry, signature, SignerRequirement.issuedDirectlyBy(roots));
        } catch (DetachedSignatureException e) {
            throw RegistryException.refused(registryFile, "refused: signature " + signatureFile
                    + " not accepted (" + e.failure() + "): " + e.getMessage(), e);
        }
    }

    private static byte[] read(Path file, String what) throws RegistryException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw RegistryException.refused(file, what + " file does not exist", e);
        } catch (IOException e) {
            throw RegistryException.refused(file, "cannot read " + what + " file: " + e.getMessage(), e);
        }
    }
}
