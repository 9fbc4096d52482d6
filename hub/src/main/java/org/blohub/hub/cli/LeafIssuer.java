package org.blohub.hub.cli;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.blohub.crypto.pki.CertificateAuthority;
import org.blohub.crypto.pki.CertificatePurpose;
import org.blohub.crypto.pki.CertificateRequest;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.blohub.crypto.pki.PkiException;

/**
 * Issues end-entity certificates with a national CA: a fresh EC P-256 key unless given another, valid from an hour before now for the
 * years asked, never beyond the CA's own validity, for a subject of the CA's country.
 */
final class LeafIssuer {

    private final CertificateAuthority authority;
    private final String country;
    private final int validityYears;
    private final Clock clock;

    private LeafIssuer(CertificateAuthority authority, String country, int validityYears, Clock clock) {
        this.authority = authority;
        this.country = country;
        this.validityYears = validityYears;
        this.clock = clock;
    }

    static LeafIssuer of(CertificateAuthority authority, String caOption, int validityYears, Clock clock)
            throws CommandInputException {
        if (validityYears < 1 || validityYears > 5) {
            throw new CommandInputException("--years " + validityYears + " must be between 1 and 5");
        }
        if (PkiNames.isSelfSigned(authority.certificate())) {
            throw new CommandInputException(caOption + ": is the regional root; offices and nodes get their"
                    + " certificates from their country's national CA (pki create-ca)");
        }
        String country = PkiNames.countryOf(authority.certificate()).orElseThrow(() -> new CommandInputException(
                caOption + ": the CA certificate names no country (C=); use the national CA of the node's country"));
        return new LeafIssuer(authority, country, validityYears, clock);
    }

    String country() {
        return country;
    }

    Credential issue(String commonName, CertificatePurpose purpose, List<String> hosts) throws CommandInputException {
        return issue(commonName, purpose, hosts, KeyAlgorithm.EC_P256.generateKeyPair());
    }

    Credential issue(String commonName, CertificatePurpose purpose, List<String> hosts, KeyPair keys)
            throws CommandInputException {
        Instant now = clock.instant();
        Instant notAfter = CertificateAuthority.yearsAfter(now, validityYears);
        Instant caNotAfter = authority.certificate().getNotAfter().toInstant();
        if (notAfter.isAfter(caNotAfter)) {
            throw new CommandInputException("the CA certificate expires at " + caNotAfter + ", before the " + validityYears
                    + " years asked for " + commonName + " would end; give fewer --years or renew the CA");
        }
        try {
            return authority.issue(new CertificateRequest(commonName, country, keys.getPublic(), purpose,
                    CertificateAuthority.notBefore(now), notAfter, hosts), keys.getPrivate());
        } catch (PkiException | IllegalArgumentException e) {
            throw new CommandInputException("cannot issue the " + purpose + " certificate of " + commonName + ": "
                    + e.getMessage(), e);
        }
    }
}
