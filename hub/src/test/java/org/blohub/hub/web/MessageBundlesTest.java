package org.blohub.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page text exists in every language: each bundle has every key its English bundle has, none left empty. */
class MessageBundlesTest {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final List<String> BASENAMES = List.of("messages", "oversight");
    static final List<String> LANGUAGES = List.of("th", "lo", "km", "my", "vi");

    static Stream<Arguments> translations() {
        return BASENAMES.stream()
                .filter(basename -> Files.exists(BUNDLES.resolve(basename + ".properties")))
                .flatMap(basename -> LANGUAGES.stream().map(language -> Arguments.of(basename, language)));
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void everyLanguageBundleHasEveryKeyOfTheEnglishBundle(String basename, String language) throws IOException {
        Properties english = load(BUNDLES.resolve(basename + ".properties"));
        Path translated = BUNDLES.resolve(basename + "_" + language + ".properties");
        assertThat(translated).as("the %s translation of %s", language, basename).exists();
        Properties translation = load(translated);

        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translation.stringPropertyNames());
        assertThat(missing).as("keys of %s.properties missing from %s", basename, translated.getFileName()).isEmpty();
        Set<String> empty = new TreeSet<>();
        translation.stringPropertyNames().stream().filter(key -> translation.getProperty(key).isBlank()).forEach(empty::add);
        assertThat(empty).as("empty texts in %s", translated.getFileName()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("englishBundles")
    void englishBundleExistsForEveryBasenameInUse(String basename) {
        assertThat(BUNDLES.resolve(basename + ".properties")).exists();
    }

    static Stream<String> englishBundles() {
        return Stream.of("messages");
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
