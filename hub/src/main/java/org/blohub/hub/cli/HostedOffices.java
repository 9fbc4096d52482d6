package org.blohub.hub.cli;

import java.time.Clock;
import java.util.List;

import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.pki.PkiException;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.RegistryException;
import org.blohub.hub.registry.RegistryLoader;
import org.blohub.hub.registry.RegistryTrust;

/** Checks, against the node's signed registry, that an office is one the node hosts (as the node checks at start). */
final class HostedOffices {

    private final NetworkRegistry registry;
    private final String nodeName;

    private HostedOffices(NetworkRegistry registry, String nodeName) {
        this.registry = registry;
        this.nodeName = nodeName;
    }

    static HostedOffices of(NodeMaterial material, Clock clock) throws CommandInputException {
        try {
            RegistryTrust trust = new RegistryTrust(PemFiles.readCertificates(material.trustRoot()),
                    PemFiles.readCrls(material.crls()));
            return new HostedOffices(new RegistryLoader(trust, clock).load(material.registry()), material.nodeName());
        } catch (RegistryException | PkiException e) {
            throw new CommandInputException("cannot load the registry of node " + material.nodeName() + " from "
                    + material.directory() + ": " + e.getMessage(), e);
        }
    }

    void requireHosted(String office) throws CommandInputException {
        if (registry.office(office).filter(known -> known.node().equals(nodeName)).isEmpty()) {
            List<String> hosted = registry.officesOf(nodeName).stream().map(o -> o.id()).toList();
            throw new CommandInputException("office " + office + " is not hosted by node " + nodeName
                    + "; it hosts " + String.join(", ", hosted));
        }
    }
}
