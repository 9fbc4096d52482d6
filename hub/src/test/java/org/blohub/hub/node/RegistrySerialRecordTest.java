package org.blohub.hub.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.blohub.hub.registry.NetworkRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rollback protection across restarts: the highest serial a node ran on, kept in its data directory. */
class RegistrySerialRecordTest {

    @TempDir
    Path directory;

    private final NodeMaterial material = new NodeMaterial(Path.of("material"), "TH");

    @Test
    void keepsOnlyAHigherSerial() throws Exception {
        RegistrySerialRecord serials = new RegistrySerialRecord(directory.resolve("data"));
        assertThat(serials.highest()).isEmpty();

        serials.record(7);
        serials.record(5);

        assertThat(serials.highest()).hasValue(7);
        assertThat(Files.readString(directory.resolve("data/registry.serial"))).isEqualTo("7\n");
    }

    @Test
    void aStartOnTheSameOrANewerRegistryIsAllowedAndKeepsItsSerial() throws Exception {
        RegistrySerialRecord serials = new RegistrySerialRecord(directory);
        serials.record(7);

        NodeConfiguration.refuseRollback(registryWithSerial(7), material, serials);
        NodeConfiguration.refuseRollback(registryWithSerial(8), material, serials);

        assertThat(serials.highest()).hasValue(8);
    }

    @Test
    void aStartOnAnOlderRegistryIsRefusedNamingBothSerialsAndTheFile() throws Exception {
        RegistrySerialRecord serials = new RegistrySerialRecord(directory);
        serials.record(8);

        assertThatThrownBy(() -> NodeConfiguration.refuseRollback(registryWithSerial(7), material, serials))
                .isInstanceOf(NodeStartupException.class)
                .hasMessage("node TH: registry " + material.registry() + " has serial 7, lower than serial 8 this node"
                        + " ran on (" + serials.file() + "); put the registry with serial 8 or higher there");
        assertThat(serials.highest()).hasValue(8);
    }

    @Test
    void aRecordThatIsNoNumberStopsTheStartNamingTheFile() throws Exception {
        Files.writeString(directory.resolve("registry.serial"), "seven");
        RegistrySerialRecord serials = new RegistrySerialRecord(directory);

        assertThatThrownBy(() -> NodeConfiguration.refuseRollback(registryWithSerial(7), material, serials))
                .isInstanceOf(NodeStartupException.class)
                .hasMessageContaining(serials.file() + " holds 'seven', not a registry serial");
    }

    private static NetworkRegistry registryWithSerial(long serial) {
        return new NetworkRegistry(serial, Instant.parse("2026-12-07T09:00:00Z"), "blo.mekong.example", List.of(),
                List.of(), List.of(), Map.of());
    }
}
