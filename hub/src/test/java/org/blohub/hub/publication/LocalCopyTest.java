package org.blohub.hub.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCopyTest {

    @TempDir
    Path directory;

    @Test
    void replacesTheFileWithNewContentAndLeavesNoTemporaryFileBehind() throws Exception {
        Path file = directory.resolve("crls.pem");
        Files.writeString(file, "old");

        assertThat(new LocalCopy(file).replaceWith("new".getBytes(StandardCharsets.US_ASCII))).isTrue();

        assertThat(file).hasContent("new");
        assertThat(Files.list(directory)).containsExactly(file);
    }

    @Test
    void leavesAFileThatAlreadyHoldsTheContentUntouched() throws Exception {
        Path file = directory.resolve("registry.yaml");
        Files.writeString(file, "serial: 3\n");
        var modified = Files.getLastModifiedTime(file);

        assertThat(new LocalCopy(file).replaceWith("serial: 3\n".getBytes(StandardCharsets.US_ASCII))).isFalse();

        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    @Test
    void createsAFileThatDoesNotExistYet() throws Exception {
        Path file = directory.resolve("registry.yaml.p7s");

        assertThat(new LocalCopy(file).replaceWith(new byte[] {1, 2, 3})).isTrue();

        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
    }
}
