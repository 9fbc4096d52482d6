package org.blohub.hub.cli;

import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/** Checks of the names the {@code pki} commands put into certificates, and the country a CA certificate names. */
final class PkiNames {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern DISPLAY_NAME = Pattern.compile("[\\p{L}\\p{N} .,()'&-]{1,64}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:-]{1,253}");

    private PkiNames() {
    }

    static void requireCountry(String option, String value) throws CommandInputException {
        if (!COUNTRY.matcher(value).matches()) {
            throw new CommandInputException(option + " '" + value + "' must be two upper-case letters (ISO 3166), e.g. TH");
        }
    }

    static void requireDisplayName(String option, String value) throws CommandInputException {
        if (!DISPLAY_NAME.matcher(value).matches()) {
            throw new CommandInputException(option + " '" + value + "' must be 1 to 64 letters, digits, spaces"
                    + " or . , ( ) ' & -");
        }
    }

    static void requireHost(String value) throws CommandInputException {
        if (!HOST.matcher(value).matches()) {
            throw new CommandInputException("--host '" + value + "' must be a DNS name or an IP address");
        }
    }

    static boolean isSelfSigned(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }

    /** The C attribute of the certificate's subject, if it has one. */
    static Optional<String> countryOf(X509Certificate certificate) {
        try {
            return new LdapName(certificate.getSubjectX500Principal().getName()).getRdns().stream()
                    .filter(rdn -> rdn.getType().equalsIgnoreCase("C"))
                    .map(Rdn::getValue).map(Object::toString).findFirst();
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
    }
}
