package org.blohub.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.Optional;

import org.blohub.crypto.note.CheckpointSigner;
import org.blohub.crypto.note.NoteSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CosignedCheckpointCheckTest {

    static final String PEER = "https://la.example";
    final String url = "jdbc:h2:mem:restored-" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
    final NoteSigner logKey;
    final CosignedCheckpointCheck check;
    final Connection keepAlive;

    CosignedCheckpointCheckTest() throws Exception {
        logKey = NoteSigner.generate("blohub.example/TH/audit", new SecureRandom());
        keepAlive = DriverManager.getConnection(url, "sa", "");
        keepAlive.createStatement().execute("CREATE TABLE audit_checkpoints (tree_size BIGINT PRIMARY KEY, "
                + "root_hash VARBINARY(32) NOT NULL)");
        check = new CosignedCheckpointCheck("TH", logKey.verifierKey(), new RestoredCheckpoints(url, "sa", ""));
    }

    @AfterEach
    void closeDatabase() throws Exception {
        keepAlive.close();
    }

    private void restoredHolds(long size, byte[] root) throws Exception {
        try (PreparedStatement insert = keepAlive.prepareStatement("INSERT INTO audit_checkpoints VALUES (?, ?)")) {
            insert.setLong(1, size);
            insert.setBytes(2, root);
            insert.executeUpdate();
        }
    }

    private static byte[] root(int seed) {
        byte[] root = new byte[32];
        Arrays.fill(root, (byte) seed);
        return root;
    }

    private Optional<String> peerCosigned(long size, byte[] root) throws Exception {
        return Optional.of(new CheckpointSigner(logKey).sign(size, root).encoded());
    }

    @Test
    void aBackupHoldingTheCheckpointThePeerCosignedIsConsistent() throws Exception {
        restoredHolds(10, root(1));
        restoredHolds(17, root(2));
        restoredHolds(25, root(3));

        assertThat(check.check(PEER, peerCosigned(17, root(2)))).contains("up to size 17", "consistent");
    }

    @Test
    void aBackupOlderThanWhatThePeerCosignedIsRefusedNamingBothSizes() throws Exception {
        restoredHolds(10, root(1));

        assertThatThrownBy(() -> check.check(PEER, peerCosigned(17, root(2))))
                .isInstanceOf(CommandInputException.class)
                .hasMessageContaining("the backup is older than what " + PEER + " cosigned")
                .hasMessageContaining("up to size 10")
                .hasMessageContaining("at size 17")
                .hasMessageContaining("fork");
    }

    @Test
    void aBackupWithAnotherRootAtTheCosignedSizeIsRefused() throws Exception {
        restoredHolds(17, root(9));

        assertThatThrownBy(() -> check.check(PEER, peerCosigned(17, root(2))))
                .isInstanceOf(CommandInputException.class)
                .hasMessageContaining("differs from the one " + PEER + " cosigned");
    }

    @Test
    void aCheckpointNotSignedByThisNodesLogKeyIsRefused() throws Exception {
        restoredHolds(17, root(2));
        NoteSigner otherNode = NoteSigner.generate("blohub.example/TH/audit", new SecureRandom());

        assertThatThrownBy(() -> check.check(PEER,
                Optional.of(new CheckpointSigner(otherNode).sign(17, root(2)).encoded())))
                .isInstanceOf(CommandInputException.class)
                .hasMessageContaining("not signed by TH's log key");
    }

    @Test
    void aPeerThatCosignedNothingYetLetsTheRestoreGoOn() throws Exception {
        assertThat(check.check(PEER, Optional.empty())).contains("has cosigned no checkpoint of TH");
    }
}
