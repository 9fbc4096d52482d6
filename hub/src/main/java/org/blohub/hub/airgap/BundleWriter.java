package org.blohub.hub.airgap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a bundle file: a ZIP with every entry stored (envelopes are encrypted, compression gains nothing), the
 * manifest first, its detached CMS signature second, then the envelopes in manifest order.
 */
final class BundleWriter {

    static final String SIGNATURE_FILE = BundleManifest.FILE + ".p7s";
    static final String ENVELOPE_FOLDER = "envelopes/";

    private BundleWriter() {
    }

    /** The entry name of the envelope at {@code index} (from 0) of a bundle. */
    static String envelopeFile(int index) {
        return ENVELOPE_FOLDER + "%04d.cms".formatted(index + 1);
    }

    /** @param envelopes the envelopes' bytes, in the order and under the names of {@code manifest}'s entries */
    static byte[] write(BundleManifest manifest, byte[] manifestJson, byte[] signature, List<byte[]> envelopes) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(file)) {
            store(zip, BundleManifest.FILE, manifestJson);
            store(zip, SIGNATURE_FILE, signature);
            for (int i = 0; i < envelopes.size(); i++) {
                store(zip, manifest.entries().get(i).file(), envelopes.get(i));
            }
        } catch (IOException e) {
            throw new AirGapException("bundle " + manifest.bundleId() + ": cannot write the ZIP file", e);
        }
        return file.toByteArray();
    }

    private static void store(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
