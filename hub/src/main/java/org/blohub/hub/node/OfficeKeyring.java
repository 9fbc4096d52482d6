package org.blohub.hub.node;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.blohub.crypto.pki.Pkcs12Files;
import org.blohub.crypto.pki.PkiException;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.Office;

/** The signing and encryption keys of every office this node hosts, read from PKCS#12 files. */
public final class OfficeKeyring {

    private final Map<String, OfficeKeys> keysByOffice;

    OfficeKeyring(Map<String, OfficeKeys> keysByOffice) {
        this.keysByOffice = Map.copyOf(keysByOffice);
    }

    static OfficeKeyring load(NodeMaterial material, NetworkRegistry registry, char[] password) {
        Map<String, OfficeKeys> keys = new LinkedHashMap<>();
        for (Office office : registry.officesOf(material.nodeName())) {
            if (!Files.exists(material.officeSigning(office.id()))) {
                throw new NodeStartupException("node " + material.nodeName() + ": no signing key for office "
                        + office.id() + " at " + material.officeSigning(office.id()));
            }
            try {
                OfficeKeys officeKeys = new OfficeKeys(office.id(),
                        Pkcs12Files.read(material.officeSigning(office.id()), NodeMaterial.SIGNING_ALIAS, password),
                        Pkcs12Files.read(material.officeEncryption(office.id()), NodeMaterial.ENCRYPTION_ALIAS, password));
                requireRegistered(office, officeKeys);
                keys.put(office.id(), officeKeys);
            } catch (PkiException e) {
                throw new NodeStartupException("node " + material.nodeName() + ": cannot read the keys of office "
                        + office.id() + ": " + e.getMessage(), e);
            }
        }
        return new OfficeKeyring(keys);
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
