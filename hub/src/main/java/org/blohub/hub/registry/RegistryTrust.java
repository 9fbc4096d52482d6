package org.blohub.hub.registry;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What a node trusts when it loads a registry, configured out of band (never read from the
 * registry itself).
 *
 * @param roots the regional root certificate(s): the registry signer must be issued directly by one
 * @param crls  current CRLs of those roots, so a revoked registry signer is refused
 */
public record RegistryTrust(List<X509Certificate> roots, List<X509CRL> crls) {

    public RegistryTrust {
        roots = List.copyOf(roots);
        crls = List.copyOf(crls);
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("at least one regional root certificate is needed");
        }
    }
}
