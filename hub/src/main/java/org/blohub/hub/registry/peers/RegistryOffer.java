package org.blohub.hub.registry.peers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The body of a {@code REGISTRY} message: the signed registry file and its detached signature as a node holds them,
 * each as a 4-byte big-endian length followed by that many bytes, and nothing after (docs/protocol.md,
 * "Registry offers").
 */
record RegistryOffer(byte[] registry, byte[] signature) {

    static final int MAX_PART_BYTES = 16 * 1024 * 1024;

    byte[] encoded() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(registry.length + signature.length + 8);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(registry.length);
            out.write(registry);
            out.writeInt(signature.length);
            out.write(signature);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return bytes.toByteArray();
    }

    static RegistryOffer decode(byte[] body) throws RegistryOfferException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
            byte[] registry = part(in, "registry");
            byte[] signature = part(in, "signature");
            if (in.available() > 0) {
                throw new RegistryOfferException("the offer has " + in.available() + " bytes after the signature");
            }
            return new RegistryOffer(registry, signature);
        } catch (IOException e) {
            throw new RegistryOfferException("the offer ends before its parts do", e);
        }
    }

    private static byte[] part(DataInputStream in, String name) throws IOException, RegistryOfferException {
        int length = in.readInt();
        if (length < 1 || length > MAX_PART_BYTES || length > in.available()) {
            throw new RegistryOfferException("the offer's " + name + " length " + length + " is not from 1 to "
                    + Math.min(MAX_PART_BYTES, in.available()) + " bytes");
        }
        return in.readNBytes(length);
    }
}
