package org.blohub.hub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.blohub.hub.node.NodeProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentStoreTest {

    private static final String MESSAGE_ID = "01KB2Z3Y4X5W6V7T8S9R0Q1P2N";

    @TempDir
    Path dataDir;

    private AttachmentStore store() {
        return new AttachmentStore(new NodeProperties("TH", dataDir, dataDir, List.of(), 0, null, null));
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
}
