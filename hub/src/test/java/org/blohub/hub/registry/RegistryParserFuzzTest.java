package org.blohub.hub.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.blohub.crypto.fuzz.FuzzTarget;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Registry YAML either parses or is refused with a {@link RegistryException} listing its problems, whatever its
 * bytes (deep nesting, aliases, broken UTF-8), in the template form and in the published form.
 */
class RegistryParserFuzzTest {

    private static final Path FILE = Path.of("fuzz-registry.yaml");
    private static final byte[] VALID = RegistryLoaderTest.TEMPLATE.getBytes(StandardCharsets.UTF_8);

    private final FuzzTarget template = new FuzzTarget("registry-template",
            input -> RegistryParser.parseTemplate(FILE, input), List.of(RegistryException.class));
    private final FuzzTarget published = new FuzzTarget("registry-published",
            input -> RegistryParser.parsePublished(FILE, input, List.of()), List.of(RegistryException.class));

    @Test
    void everyMutatedOrRandomTemplateParsesOrIsRefused() {
        assertThat(template.check(VALID, "the valid template")).isTrue();
        assertThat(template.fuzz(List.of(VALID), 2_048).refused()).isPositive();
    }

    @Test
    void everyMutatedOrRandomPublishedRegistryIsRefusedWithoutThrowingAnythingElse() {
        assertThat(published.fuzz(List.of(VALID), 2_048).refused()).isPositive();
    }

    @TestFactory
    Stream<DynamicTest> corpusRegistriesParseOrAreRefused() {
        return Stream.of(template, published).flatMap(FuzzTarget::replayCorpus);
    }
}
