package org.blohub.adapters.spi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationalFormatsDuplicateTest {

    public static final class FirstClaimant extends Claimant {
    }

    public static final class SecondClaimant extends Claimant {
    }

    abstract static class Claimant implements InboundTranslator {
        @Override
        public String formatId() {
            return "xx-twice";
        }

        @Override
        public Translation translate(NationalDocument document, TranslationContext context) {
            return new Translation(List.of(), List.of());
        }
    }

    @Test
    void twoTranslatorsClaimingOneFormatIdAreRefusedNamingBoth(@TempDir Path dir) throws Exception {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(InboundTranslator.class.getName()),
                FirstClaimant.class.getName() + "\n" + SecondClaimant.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            assertThatThrownBy(() -> NationalFormats.load(loader))
                    .isInstanceOf(DuplicateFormatException.class)
                    .hasMessageContaining("xx-twice")
                    .hasMessageContaining("FirstClaimant")
                    .hasMessageContaining("SecondClaimant");
        }
    }
}
