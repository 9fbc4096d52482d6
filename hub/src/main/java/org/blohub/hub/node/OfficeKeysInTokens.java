package org.blohub.hub.node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.blohub.crypto.cms.TokenKeyCheck;
import org.blohub.crypto.pki.Credential;
import org.blohub.hub.registry.Office;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the keys of the offices configured with {@code blo.node.offices[i].keys.pkcs11}, logging in to each token
 * once however many offices keep their keys in it.
 */
final class OfficeKeysInTokens {

    private static final Logger LOG = LoggerFactory.getLogger(OfficeKeysInTokens.class);

    private final String nodeName;
    private final List<OpenedToken> opened = new ArrayList<>();

    private OfficeKeysInTokens(String nodeName) {
        this.nodeName = nodeName;
    }

    /**
     * @param hosted  the offices this node hosts, from the registry
     * @param offices the {@code blo.node.offices} settings
     * @return the keys of every office configured with a token
     */
    static List<OfficeKeys> read(String nodeName, List<Office> hosted, List<NodeProperties.HostedOffice> offices) {
        List<Configured> configured = configured(nodeName, hosted, offices);
        OfficeKeysInTokens reader = new OfficeKeysInTokens(nodeName);
        return configured.stream().map(entry -> reader.readFrom(entry.token(), entry.office(), entry.prefix())).toList();
    }

    /** An office whose keys are in a token, with where its settings are. */
    private record Configured(Office office, TokenSettings token, String prefix) {
    }

    /** Every entry checked before any token is opened, so that a typo is reported before a login is tried. */
    private static List<Configured> configured(String nodeName, List<Office> hosted,
            List<NodeProperties.HostedOffice> offices) {
        Map<String, Office> hostedById = hosted.stream().collect(Collectors.toMap(Office::id, Function.identity()));
        Set<String> seen = new HashSet<>();
        List<Configured> configured = new ArrayList<>();
        for (int index = 0; index < offices.size(); index++) {
            String prefix = "blo.node.offices[" + index + "]";
            NodeProperties.HostedOffice settings = offices.get(index);
            Office office = hostedOffice(settings, hostedById, prefix, nodeName);
            if (!seen.add(office.id())) {
                throw refused(prefix + ".id: office " + office.id() + " is configured twice; keep one entry");
            }
            TokenSettings token = settings.keys().token().orElseThrow(() -> refused(prefix
                    + ".keys.pkcs11 is not set: an office listed here keeps its keys in a token; configure the token"
                    + " or remove the entry to use the key files"));
            token.check(prefix + ".keys.pkcs11");
            configured.add(new Configured(office, token, prefix + ".keys.pkcs11"));
        }
        return configured;
    }

    private OfficeKeys readFrom(TokenSettings settings, Office office, String prefix) {
        OpenedToken token = opened.stream().filter(open -> open.settings().sameTokenAs(settings)).findFirst()
                .orElseGet(() -> {
                    OpenedToken open = OpenedToken.open(settings, "BLO-" + nodeName + "-" + (opened.size() + 1),
                            prefix);
                    opened.add(open);
                    return open;
                });
        Credential signing = token.credential(settings.signingLabel(office.id()), prefix);
        Credential encryption = token.credential(settings.encryptionLabel(office.id()), prefix);
        requireRegistered(office, signing, "signing", settings.signingLabel(office.id()), prefix);
        requireRegistered(office, encryption, "encryption", settings.encryptionLabel(office.id()), prefix);
        requireUsable(TokenKeyCheck.canSign(signing), signing, settings.signingLabel(office.id()), prefix);
        requireUsable(TokenKeyCheck.canDecrypt(encryption), encryption, settings.encryptionLabel(office.id()), prefix);
        LOG.info("{} office {} signs and decrypts with keys in a PKCS#11 token ({}), labels {} and {}",
                TokenLogCodes.IN_USE, office.id(), settings, settings.signingLabel(office.id()),
                settings.encryptionLabel(office.id()));
        return new OfficeKeys(office.id(), signing, encryption);
    }

    private static Office hostedOffice(NodeProperties.HostedOffice settings, Map<String, Office> hostedById,
            String prefix, String nodeName) {
        if (settings.id() == null || settings.id().isBlank()) {
            throw refused(prefix + ".id is not set: give the office id as in the registry, e.g. TH-CHIANGKHONG");
        }
        return Optional.ofNullable(hostedById.get(settings.id())).orElseThrow(() -> refused(prefix + ".id: office "
                + settings.id() + " is not hosted by node " + nodeName + "; the registry gives it " + hostedById.keySet()));
    }

    private static void requireRegistered(Office office, Credential credential, String purpose, String label,
            String prefix) {
        boolean registered = "signing".equals(purpose)
                ? office.signingCertificate().equals(credential.certificate())
                : office.encryptionCertificate().equals(credential.certificate());
        if (!registered) {
            throw new NodeStartupException(TokenLogCodes.NOT_REGISTERED + " " + prefix + ": the certificate labelled '"
                    + label + "' in the token (serial " + credential.certificate().getSerialNumber().toString(16)
                    + ") is not the " + purpose + " certificate the registry has for office " + office.id()
                    + "; import the office's current key and certificate or correct the label");
        }
    }

    private static void requireUsable(boolean usable, Credential credential, String label, String prefix) {
        if (!usable) {
            throw new NodeStartupException(TokenLogCodes.UNSUPPORTED_KEY + " " + prefix + ": the key labelled '" + label
                    + "' is a " + credential.certificate().getPublicKey().getAlgorithm() + " key; from a token only EC"
                    + " keys on P-256 or P-384 sign and decrypt. Keep this office's keys in the key files");
        }
    }

    private static NodeStartupException refused(String problem) {
        return new NodeStartupException(TokenLogCodes.SETTINGS + " " + problem);
    }
}
