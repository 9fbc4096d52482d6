package org.blohub.hub.airgap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.blohub.hub.store.ImmutableBytes;

/**
 * Opens a bundle file for this node, in order: a complete ZIP ({@link BundleReader}), a manifest signed by the
 * registry node it names as source ({@link ManifestSignatureCheck}), addressed to this node, and every envelope
 * present with the size and SHA-256 the manifest lists, nothing more. The first failure is the refusal.
 * Whether the bundle was imported before is the importer's question.
 */
final class BundleOpener {

    private final String nodeName;
    private final ManifestSignatureCheck signatures;

    BundleOpener(String nodeName, ManifestSignatureCheck signatures) {
        this.nodeName = nodeName;
        this.signatures = signatures;
    }

    OpenedBundle open(byte[] file) throws BundleRefusedException {
        Map<String, byte[]> entries = BundleReader.entries(file);
        byte[] manifestJson = required(entries, BundleManifest.FILE);
        byte[] signature = required(entries, BundleWriter.SIGNATURE_FILE);
        String signer = signatures.signerNode(manifestJson, signature);
        BundleManifest manifest = BundleManifest.parse(manifestJson);
        if (!manifest.fromNode().equals(signer)) {
            throw new BundleRefusedException(BundleRefusal.SIGNER_NOT_SOURCE_NODE, "bundle " + manifest.bundleId()
                    + " names node " + manifest.fromNode() + " as its source but is signed by node " + signer);
        }
        if (!manifest.toNode().equals(nodeName)) {
            throw new BundleRefusedException(BundleRefusal.WRONG_DESTINATION, "bundle " + manifest.bundleId()
                    + " from node " + manifest.fromNode() + " is addressed to node " + manifest.toNode()
                    + ", this is node " + nodeName + ": import it on node " + manifest.toNode());
        }
        return new OpenedBundle(manifest, envelopes(manifest, entries));
    }

    private List<BundleEnvelope> envelopes(BundleManifest manifest, Map<String, byte[]> entries)
            throws BundleRefusedException {
        String bundle = "bundle " + manifest.bundleId() + ": ";
        List<BundleEnvelope> envelopes = new ArrayList<>();
        Set<String> listed = new HashSet<>(Set.of(BundleManifest.FILE, BundleWriter.SIGNATURE_FILE));
        for (BundleEntry entry : manifest.entries()) {
            if (!listed.add(entry.file())) {
                throw new BundleRefusedException(BundleRefusal.MALFORMED, bundle + "the manifest lists " + entry.file()
                        + " twice, or names the manifest or signature as an envelope");
            }
            if (!entry.routing().toNode().equals(nodeName)) {
                throw new BundleRefusedException(BundleRefusal.WRONG_DESTINATION, bundle + "envelope " + entry.file()
                        + " (message " + entry.routing().messageId() + ") is addressed to node "
                        + entry.routing().toNode() + ", this is node " + nodeName);
            }
            if (!entry.routing().fromNode().equals(manifest.fromNode())) {
                throw new BundleRefusedException(BundleRefusal.ENTRY_MISMATCH, bundle + "envelope " + entry.file()
                        + " names node " + entry.routing().fromNode() + " as sender, the bundle comes from node "
                        + manifest.fromNode());
            }
            byte[] envelope = entries.get(entry.file());
            if (envelope == null) {
                throw new BundleRefusedException(BundleRefusal.TRUNCATED, bundle + "envelope " + entry.file()
                        + " is listed in the manifest but missing from the file: copy it again from the exporting node");
            }
            String sha256 = ImmutableBytes.copyOf(envelope).sha256Hex();
            if (envelope.length != entry.size() || !sha256.equals(entry.sha256())) {
                throw new BundleRefusedException(BundleRefusal.ENTRY_MISMATCH, bundle + "envelope " + entry.file()
                        + " has " + envelope.length + " bytes with SHA-256 " + sha256 + ", the signed manifest lists "
                        + entry.size() + " bytes with SHA-256 " + entry.sha256());
            }
            envelopes.add(new BundleEnvelope(entry.routing(), envelope));
        }
        for (String name : entries.keySet()) {
            if (!listed.contains(name)) {
                throw new BundleRefusedException(BundleRefusal.ENTRY_MISMATCH, bundle + "the file holds entry " + name
                        + ", which the signed manifest does not list");
            }
        }
        return envelopes;
    }

    private static byte[] required(Map<String, byte[]> entries, String name) throws BundleRefusedException {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new BundleRefusedException(BundleRefusal.MALFORMED, "the file holds no " + name
                    + ": it is not a bundle");
        }
        return bytes;
    }
}
