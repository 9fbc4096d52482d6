package org.blohub.hub.airgap;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a bundle file into its entries, refusing a file that is not a complete ZIP: one cut short on the way
 * lacks its end record or ends inside an entry ({@link BundleRefusal#TRUNCATED}); an entry whose bytes no longer
 * match their ZIP checksum was changed on the way (the manifest or its signature: {@link BundleRefusal#SIGNATURE_INVALID};
 * an envelope: {@link BundleRefusal#ENTRY_MISMATCH}).
 */
final class BundleReader {

    private static final int END_RECORD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    private BundleReader() {
    }

    /** The entries by name, in file order. */
    static Map<String, byte[]> entries(byte[] file) throws BundleRefusedException {
        if (!hasEndRecord(file)) {
            throw new BundleRefusedException(BundleRefusal.TRUNCATED, "the file (" + file.length
                    + " bytes) has no ZIP end record: it was cut short or is not a bundle; copy it again from the"
                    + " exporting node");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        String current = "(first entry)";
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                current = entry.getName();
                byte[] bytes = zip.readAllBytes();
                if (entries.put(current, bytes) != null) {
                    throw new BundleRefusedException(BundleRefusal.MALFORMED, "entry " + current + " appears twice");
                }
            }
        } catch (EOFException e) {
            throw new BundleRefusedException(BundleRefusal.TRUNCATED, "the file ends inside entry " + current
                    + ": copy it again from the exporting node", e);
        } catch (ZipException e) {
            throw damaged(current, e);
        } catch (IOException e) {
            throw new BundleRefusedException(BundleRefusal.MALFORMED, "not a readable ZIP file at entry " + current, e);
        }
        if (entries.isEmpty()) {
            throw new BundleRefusedException(BundleRefusal.MALFORMED, "the ZIP file holds no entries");
        }
        return entries;
    }

    private static BundleRefusedException damaged(String entry, ZipException e) {
        if (e.getMessage() == null || !e.getMessage().contains("CRC")) {
            return new BundleRefusedException(BundleRefusal.MALFORMED, "not a readable ZIP file at entry " + entry, e);
        }
        BundleRefusal refusal = entry.startsWith(BundleWriter.ENVELOPE_FOLDER)
                ? BundleRefusal.ENTRY_MISMATCH : BundleRefusal.SIGNATURE_INVALID;
        return new BundleRefusedException(refusal, "entry " + entry
                + " does not match its ZIP checksum: it was changed after the bundle was made", e);
    }

    /** Whether an end-of-central-directory record closes the file, as the ZIP format requires. */
    private static boolean hasEndRecord(byte[] file) {
        int lowest = Math.max(0, file.length - END_RECORD_SIZE - MAX_COMMENT);
        for (int at = file.length - END_RECORD_SIZE; at >= lowest; at--) {
            if (file[at] == 0x50 && file[at + 1] == 0x4b && file[at + 2] == 0x05 && file[at + 3] == 0x06) {
                int commentLength = (file[at + 20] & 0xff) | (file[at + 21] & 0xff) << 8;
                return at + END_RECORD_SIZE + commentLength == file.length;
            }
        }
        return false;
    }
}
