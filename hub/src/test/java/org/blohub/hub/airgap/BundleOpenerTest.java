package org.blohub.hub.airgap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.blohub.crypto.detached.DetachedSigner;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundleOpenerTest {

    private static final String BUNDLE_ID = "01JD0000000000000000000B01";

    private final TestBundles bundles = new TestBundles();
    private final BundleManifest manifest = TestBundles.manifest(BUNDLE_ID, "LA", 3);

    @Test
    void opensABundleSignedByItsSourceNodeWithEveryEnvelopeAndItsRoutingInManifestOrder() throws Exception {
        OpenedBundle opened = bundles.openerOf("LA").open(bundles.file(manifest, bundles.thTls));

        assertThat(opened.manifest()).isEqualTo(manifest);
        assertThat(opened.envelopes()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(opened.envelopes().get(i).envelope()).isEqualTo(TestBundles.envelope(i));
            assertThat(opened.envelopes().get(i).routing()).isEqualTo(manifest.entries().get(i).routing());
        }
    }

    @Nested
    class Tampered {

        @Test
        void refusesABundleWithOneByteOfAnEnvelopeChanged() {
            byte[] file = bundles.file(manifest, bundles.thTls);
            int at = indexOf(file, TestBundles.envelope(1)) + 5;
            file[at] ^= 0x01;

            assertRefused(file, "LA", BundleRefusal.ENTRY_MISMATCH, "envelopes/0002.cms");
        }

        @Test
        void refusesAnEnvelopeReplacedTogetherWithItsZipChecksum() throws IOException {
            byte[] json = manifest.toJson();
            byte[] signature = new DetachedSigner(bundles.clock).sign(json, bundles.thTls);
            List<byte[]> envelopes = TestBundles.envelopes(3);
            envelopes.set(2, "another sealed envelope".getBytes(StandardCharsets.UTF_8));

            byte[] file = BundleWriter.write(manifest, json, signature, envelopes);

            assertRefused(file, "LA", BundleRefusal.ENTRY_MISMATCH, "the signed manifest lists");
        }

        @Test
        void refusesAManifestChangedAfterSigning() {
            byte[] json = manifest.toJson();
            byte[] signature = new DetachedSigner(bundles.clock).sign(json, bundles.thTls);
            BundleManifest redirected = TestBundles.manifest(BUNDLE_ID, "LA", 2);

            byte[] file = BundleWriter.write(redirected, redirected.toJson(), signature, TestBundles.envelopes(2));

            assertRefused(file, "LA", BundleRefusal.SIGNATURE_INVALID, "manifest.json");
        }

        @Test
        void refusesABundleSignedByANodeTheRegistryDoesNotList() {
            assertRefused(bundles.file(manifest, bundles.khTls), "LA", BundleRefusal.SIGNER_NOT_SOURCE_NODE,
                    "not the TLS certificate of any node");
        }

        @Test
        void refusesABundleSignedByAnotherRegistryNodeThanTheSourceItNames() {
            assertRefused(bundles.file(manifest, bundles.laTls), "LA", BundleRefusal.SIGNER_NOT_SOURCE_NODE,
                    "names node TH as its source but is signed by node LA");
        }

        @Test
        void refusesAnEntryTheSignedManifestDoesNotList() throws IOException {
            byte[] json = manifest.toJson();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                put(zip, BundleManifest.FILE, json);
                put(zip, BundleWriter.SIGNATURE_FILE, new DetachedSigner(bundles.clock).sign(json, bundles.thTls));
                for (int i = 0; i < 3; i++) {
                    put(zip, BundleWriter.envelopeFile(i), TestBundles.envelope(i));
                }
                put(zip, "envelopes/0099.cms", TestBundles.envelope(99));
            }

            assertRefused(bytes.toByteArray(), "LA", BundleRefusal.ENTRY_MISMATCH, "envelopes/0099.cms");
        }
    }

    @Nested
    class Truncated {

        @ParameterizedTest
        @ValueSource(ints = {1, 22, 200, 1000})
        void refusesAFileCutShortByAnyNumberOfBytes(int missingBytes) {
            byte[] file = bundles.file(manifest, bundles.thTls);

            assertRefused(Arrays.copyOf(file, file.length - missingBytes), "LA", BundleRefusal.TRUNCATED,
                    "copy it again");
        }

        @Test
        void refusesABundleMissingAnEnvelopeItsManifestLists() {
            byte[] json = manifest.toJson();
            byte[] signature = new DetachedSigner(bundles.clock).sign(json, bundles.thTls);

            byte[] file = BundleWriter.write(manifest, json, signature, TestBundles.envelopes(2));

            assertRefused(file, "LA", BundleRefusal.TRUNCATED, "envelopes/0003.cms is listed in the manifest but missing");
        }

        @Test
        void refusesAFileThatIsNoZipAtAll() {
            assertRefused("not a bundle".getBytes(StandardCharsets.UTF_8), "LA", BundleRefusal.TRUNCATED,
                    "no ZIP end record");
        }
    }

    @Nested
    class AddressedElsewhere {

        @Test
        void refusesABundleForAnotherNodeNamingTheNodeToImportItOn() {
            assertRefused(bundles.file(manifest, bundles.thTls), "KH", BundleRefusal.WRONG_DESTINATION,
                    "is addressed to node LA, this is node KH: import it on node LA");
        }

        @Test
        void refusesABundleForThisNodeCarryingAnEnvelopeForAnotherNode() {
            BundleManifest mixed = new BundleManifest(BUNDLE_ID, "TH", "LA", TestBundles.NOW, List.of(
                    manifest.entries().get(0), new BundleEntry(manifest.entries().get(1).file(),
                            manifest.entries().get(1).size(), manifest.entries().get(1).sha256(),
                            TestBundles.routing("01JD0000000000000000000011", "REQUEST", "KH"))));

            assertRefused(bundles.file(mixed, bundles.thTls), "LA", BundleRefusal.WRONG_DESTINATION,
                    "(message 01JD0000000000000000000011) is addressed to node KH");
        }
    }

    private void assertRefused(byte[] file, String node, BundleRefusal refusal, String detail) {
        assertThatThrownBy(() -> bundles.openerOf(node).open(file))
                .isInstanceOfSatisfying(BundleRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(refusal))
                .hasMessageStartingWith(refusal.reasonCode())
                .hasMessageContaining(detail);
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("needle not found");
    }
}
