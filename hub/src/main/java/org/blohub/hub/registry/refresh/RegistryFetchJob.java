package org.blohub.hub.registry.refresh;

import java.net.URI;
import java.time.Duration;

import org.blohub.hub.node.BackgroundJob;
import org.blohub.hub.publication.LocalCopy;
import org.blohub.hub.publication.PublishedFileException;
import org.blohub.hub.publication.PublishedFileFetch;
import org.blohub.hub.registry.RegistryLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code blo.registry.refresh} the node fetches the registry and its signature from {@code blo.registry.url}
 * (the signature from the same URL with {@code .p7s} appended) into its registry files. It checks nothing itself:
 * {@link RegistryRefreshJob} verifies and applies, or refuses, what lands in the files, as for files an operator
 * copied. Nothing is written unless both were fetched.
 */
final class RegistryFetchJob extends BackgroundJob {

    static final String FETCHED = "BLO-REG-008";
    static final String NOT_FETCHED = "BLO-REG-009";
    private static final Logger LOG = LoggerFactory.getLogger(RegistryFetchJob.class);

    private final URI registryUrl;
    private final URI signatureUrl;
    private final LocalCopy registry;
    private final LocalCopy signature;
    private final PublishedFileFetch fetch;

    RegistryFetchJob(URI registryUrl, LocalCopy registry, LocalCopy signature, PublishedFileFetch fetch,
            Duration interval) {
        super("registry-fetch", Duration.ZERO, interval);
        this.registryUrl = registryUrl;
        this.signatureUrl = URI.create(registryUrl + RegistryLoader.SIGNATURE_SUFFIX);
        this.registry = registry;
        this.signature = signature;
        this.fetch = fetch;
    }

    @Override
    protected void runOnce() {
        try {
            byte[] registryBytes = fetch.fetch(registryUrl);
            byte[] signatureBytes = fetch.fetch(signatureUrl);
            boolean changed = signature.replaceWith(signatureBytes) | registry.replaceWith(registryBytes);
            if (changed) {
                LOG.info("{} fetched a changed registry from {} into {}; it is checked before it applies", FETCHED,
                        registryUrl, registry.file());
            }
        } catch (PublishedFileException e) {
            LOG.warn("{} the node keeps its registry files: {}", NOT_FETCHED, e.getMessage());
        }
    }
}
