package org.blohub.hub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.blohub.hub.node.NodeProperties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentStoreTest {

    private static final String MESSAGE_ID = "01KB2Z3Y4X5W6V7T8S9R0Q1P2N";

    @TempDir
    Path dataDir;

    private AttachmentStore store() {
        return new AttachmentStore(new NodeProperties("TH", dataDir, dataDir, List.of(), 0, null, null, null, null, null));
    }

    @Test
    void aWrittenPartIsFoundUnderItsMessageAndIndex() throws IOException {
        AttachmentStore store = store();
        store.write(MESSAGE_ID, 1, out -> out.write("sealed-1".getBytes(StandardCharsets.US_ASCII)));
        store.write(MESSAGE_ID, 0, out -> out.write("sealed-0".getBytes(StandardCharsets.US_ASCII)));

        assertThat(store.indexes(MESSAGE_ID)).containsExactly(0, 1);
        assertThat(Files.readString(store.part(MESSAGE_ID, 1).orElseThrow())).isEqualTo("sealed-1");
        assertThat(store.part(MESSAGE_ID, 2)).isEmpty();
    }

    @Test
    void aWriteThatFailsHalfwayLeavesNoPartBehind() {
        AttachmentStore store = store();

        assertThatThrownBy(() -> store.write(MESSAGE_ID, 0, out -> {
            out.write(new byte[100_000]);
            throw new IOException("stream from the broker broke");
        })).isInstanceOf(IOException.class);

        assertThat(store.part(MESSAGE_ID, 0)).isEmpty();
        assertThat(store.indexes(MESSAGE_ID)).isEmpty();
    }

    @Test
    void anIdThatIsNotAUlidCannotNameADirectory() {
        AttachmentStore store = store();

        assertThatThrownBy(() -> store.write("../../etc", 0, out -> out.write(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(dataDir.resolve("etc")).doesNotExist();
    }

    @Test
    void deletingAMessageRemovesAllItsParts() throws IOException {
        AttachmentStore store = store();
        store.write(MESSAGE_ID, 0, out -> out.write(1));

        store.deleteAll(MESSAGE_ID);

        assertThat(store.indexes(MESSAGE_ID)).isEmpty();
        assertThat(dataDir.resolve("attachments").resolve(MESSAGE_ID)).doesNotExist();
    }

    @Test
    void deletingAMessageAlsoRemovesThePartsEveryNodeDelivered() throws IOException {
        AttachmentStore store = store();
        store.write(MESSAGE_ID, 0, out -> out.write(1));
        store.writeReceived(MESSAGE_ID, "LA", 0, out -> out.write(2));

        store.deleteAll(MESSAGE_ID);

        assertThat(store.receivedPart(MESSAGE_ID, "LA", 0)).isEmpty();
        assertThat(dataDir.resolve("attachments").resolve(MESSAGE_ID)).doesNotExist();
    }

    @Nested
    class PartsThatArrived {

        @Test
        void areKeptApartPerDeliveringNodeSoAPlantedPartReplacesNothing() throws IOException {
            AttachmentStore store = store();
            store.writeReceived(MESSAGE_ID, "TH", 0, out -> out.write(ascii("from-TH")));
            store.writeReceived(MESSAGE_ID, "MM", 0, out -> out.write(ascii("planted-by-MM")));

            assertThat(Files.readString(store.receivedPart(MESSAGE_ID, "TH", 0).orElseThrow())).isEqualTo("from-TH");
            assertThat(Files.readString(store.receivedPart(MESSAGE_ID, "MM", 0).orElseThrow()))
                    .isEqualTo("planted-by-MM");
            assertThat(store.receivedPart(MESSAGE_ID, "LA", 0)).isEmpty();
            assertThat(store.deliveringNodes(MESSAGE_ID)).containsExactly("MM", "TH");
        }

        @Test
        void doNotMixWithThePartsThisNodeSealedWhichItStillSendsAndReads() throws IOException {
            AttachmentStore store = store();
            store.write(MESSAGE_ID, 0, out -> out.write(ascii("sealed-here")));
            store.writeReceived(MESSAGE_ID, "MM", 0, out -> out.write(ascii("planted-by-MM")));
            store.writeReceived(MESSAGE_ID, "MM", 1, out -> out.write(ascii("planted-by-MM")));

            assertThat(store.indexes(MESSAGE_ID)).containsExactly(0);
            assertThat(Files.readString(store.part(MESSAGE_ID, 0).orElseThrow())).isEqualTo("sealed-here");
            assertThat(store.part(MESSAGE_ID, 1)).isEmpty();
            assertThat(store.receivedIndexes(MESSAGE_ID, "MM")).containsExactly(0, 1);
            assertThat(store.copiesOf(MESSAGE_ID, 0)).extracting(Files::readString)
                    .containsExactly("sealed-here", "planted-by-MM");
        }

        @Test
        void ofOneNodeAreRemovedWithoutTouchingTheOthers() throws IOException {
            AttachmentStore store = store();
            store.writeReceived(MESSAGE_ID, "TH", 0, out -> out.write(ascii("from-TH")));
            store.writeReceived(MESSAGE_ID, "MM", 0, out -> out.write(ascii("planted-by-MM")));

            store.deleteReceived(MESSAGE_ID, "MM");

            assertThat(store.deliveringNodes(MESSAGE_ID)).containsExactly("TH");
            assertThat(store.receivedPart(MESSAGE_ID, "TH", 0)).isPresent();
        }

        @Test
        void cannotBeFiledUnderANodeNameThatLeavesTheMessageDirectory() {
            AttachmentStore store = store();

            assertThat(AttachmentStore.isStorableNodeName("../other")).isFalse();
            assertThat(AttachmentStore.isStorableNodeName("0.cms")).isFalse();
            assertThat(AttachmentStore.isStorableNodeName("node-LA")).isTrue();
            assertThatThrownBy(() -> store.writeReceived(MESSAGE_ID, "..", 0, out -> out.write(1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(dataDir.resolve("attachments").resolve("0.cms")).doesNotExist();
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
