package org.blohub.hub.node;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code blo.node.data-dir} absolute before anything reads it. H2 refuses a database URL whose file path is
 * implicitly relative to the working directory ({@code --blo.node.data-dir=th/data} gives {@code jdbc:h2:file:th/data/db/hub}),
 * and the other users of the directory (broker journal, audit keys) then agree on one place whatever they resolve
 * against.
 */
public final class AbsoluteDataDirectory implements EnvironmentPostProcessor {

    static final String PROPERTY = "blo.node.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String value;
        try {
            value = environment.getProperty(PROPERTY);
        } catch (IllegalArgumentException unresolvedPlaceholder) {
            return; // e.g. no blo.node.name: the node's own checks report what is missing
        }
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            Path directory = Path.of(value);
            if (!directory.isAbsolute()) {
                environment.getPropertySources().addFirst(new MapPropertySource("blo-absolute-data-dir",
                        Map.of(PROPERTY, directory.toAbsolutePath().normalize().toString())));
            }
        } catch (InvalidPathException notAPath) {
            // left as given: binding NodeProperties names the property and the value
        }
    }
}
