package org.blohub.hub.node;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.blohub.crypto.pki.Pkcs12Files;
import org.blohub.crypto.pki.PkiException;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.Office;

/**
 * The signing and encryption keys of every office this node hosts: from a PKCS#11 token for the offices configured
 * with one ({@link OfficeKeysInTokens}), from PKCS#12 files for the others.
 */
public final class OfficeKeyring {

    private final Map<String, OfficeKeys> keysByOffice;

    OfficeKeyring(Map<String, OfficeKeys> keysByOffice) {
        this.keysByOffice = Map.copyOf(keysByOffice);
    }

    /**
     * Reads the offices' key files in parallel: each is protected by a slow key derivation (PBKDF2), which makes
     * reading them the largest part of a node's start.
     */
    static OfficeKeyring load(NodeMaterial material, NetworkRegistry registry, char[] password,
            List<NodeProperties.HostedOffice> offices) {
        List<Office> hosted = registry.officesOf(material.nodeName());
        Map<String, OfficeKeys> inTokens = OfficeKeysInTokens.read(material.nodeName(), hosted, offices).stream()
                .collect(Collectors.toMap(OfficeKeys::officeId, Function.identity()));
        Map<String, OfficeKeys> keys = new LinkedHashMap<>();
        hosted.parallelStream()
                .map(office -> Optional.ofNullable(inTokens.get(office.id()))
                        .orElseGet(() -> read(material, office, password)))
                .toList()
                .forEach(officeKeys -> keys.put(officeKeys.officeId(), officeKeys));
        return new OfficeKeyring(keys);
    }

    private static OfficeKeys read(NodeMaterial material, Office office, char[] password) {
        if (!Files.exists(material.officeSigning(office.id()))) {
            throw new NodeStartupException("node " + material.nodeName() + ": no signing key for office "
                    + office.id() + " at " + material.officeSigning(office.id()));
        }
        try {
            OfficeKeys officeKeys = new OfficeKeys(office.id(),
                    Pkcs12Files.read(material.officeSigning(office.id()), NodeMaterial.SIGNING_ALIAS, password),
                    Pkcs12Files.read(material.officeEncryption(office.id()), NodeMaterial.ENCRYPTION_ALIAS, password));
            requireRegistered(office, officeKeys);
            return officeKeys;
        } catch (PkiException e) {
            throw new NodeStartupException("node " + material.nodeName() + ": cannot read the keys of office "
                    + office.id() + ": " + e.getMessage(), e);
        }
    }

    private static void requireRegistered(Office office, OfficeKeys keys) {
        if (!office.signingCertificate().equals(keys.signing().certificate())
                || !office.encryptionCertificate().equals(keys.encryption().certificate())) {
            throw new NodeStartupException("office " + office.id()
                    + ": the key files do not match the certificates in the registry");
        }
    }

    public Optional<OfficeKeys> keysOf(String officeId) {
        return Optional.ofNullable(keysByOffice.get(officeId));
    }

    public boolean hosts(String officeId) {
        return keysByOffice.containsKey(officeId);
    }

    public Set<String> offices() {
        return keysByOffice.keySet();
    }
}
