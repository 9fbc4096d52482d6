package org.blohub.crypto.pki;

import java.security.cert.CRLReason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the CRLs say about each certificate of one path, kept so that it can be asked at any instant
 * without reading the CRLs again: for each certificate, every CRL of its issuer that verified (name,
 * signature, cRLSign, critical extensions), with its nextUpdate and the entry listing the certificate, if any.
 *
 * <p>The rule is {@link CrlRevocationCheck}'s: at an instant, only CRLs whose nextUpdate is not before it
 * count; without one the status is unknown; a certificate is revoked if one of them lists it with a
 * revocation date at or before the instant.
 */
record PathRevocation(List<CertificateRevocation> certificates) {

    PathRevocation {
        certificates = List.copyOf(certificates);
    }

    void check(Instant at) throws CertificateCheckException {
        for (CertificateRevocation certificate : certificates) {
            certificate.check(at);
        }
    }

    /** One certificate of the path, described as the messages name it, and what its issuer's CRLs say. */
    record CertificateRevocation(String certificate, String issuer, List<CrlStatement> statements) {

        CertificateRevocation {
            statements = List.copyOf(statements);
        }

        void check(Instant at) throws CertificateCheckException {
            List<CrlStatement> covering = statements.stream().filter(statement -> statement.covers(at)).toList();
            if (covering.isEmpty()) {
                throw new CertificateCheckException(CertificateProblem.REVOCATION_UNKNOWN,
                        certificate + ": revocation status unknown at " + at + "; no valid CRL signed by issuer "
                                + issuer + " covers that instant");
            }
            for (CrlStatement statement : covering) {
                Optional<Instant> revokedOn = statement.revokedOn();
                if (revokedOn.isPresent() && !revokedOn.get().isAfter(at)) {
                    throw new CertificateCheckException(CertificateProblem.REVOKED,
                            certificate + ": revoked on " + revokedOn.get()
                                    + statement.reason().map(reason -> " (" + reason + ")").orElse("")
                                    + ", at or before " + at);
                }
            }
        }
    }

    /** One verified CRL of the issuer: until when it is current, and whether and when it lists the certificate. */
    record CrlStatement(Optional<Instant> nextUpdate, Optional<Instant> revokedOn, Optional<CRLReason> reason) {

        boolean covers(Instant at) {
            return nextUpdate.map(next -> !next.isBefore(at)).orElse(true);
        }
    }
}
