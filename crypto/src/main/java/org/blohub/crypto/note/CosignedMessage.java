package org.blohub.crypto.note;

import java.nio.charset.StandardCharsets;

/**
 * The message an Ed25519 cosignature/v1 signs (c2sp.org/tlog-cosignature):
 * {@code "cosignature/v1\n" + "time " + decimal timestamp + "\n" + checkpoint note text}.
 */
final class CosignedMessage {

    static final int TIMESTAMP_LENGTH = 8;

    private CosignedMessage() {
    }

    static byte[] of(long timestampSeconds, String checkpointText) {
        return ("cosignature/v1\ntime " + timestampSeconds + "\n" + checkpointText).getBytes(StandardCharsets.UTF_8);
    }
}
