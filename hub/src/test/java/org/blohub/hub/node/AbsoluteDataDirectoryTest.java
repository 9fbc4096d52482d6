package org.blohub.hub.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class AbsoluteDataDirectoryTest {

    private static final String H2_URL = "jdbc:h2:file:${blo.node.data-dir}/db/hub;MODE=PostgreSQL";

    @Test
    void aRelativeDataDirectoryGivesTheH2UrlAnAbsolutePathUnderTheWorkingDirectory() {
        StandardEnvironment environment = environment(Map.of("blo.node.data-dir", "th/data", "spring.datasource.url", H2_URL));

        new AbsoluteDataDirectory().postProcessEnvironment(environment, new SpringApplication());

        Path expected = Path.of("th/data").toAbsolutePath().normalize();
        assertThat(environment.getProperty("blo.node.data-dir")).isEqualTo(expected.toString());
        assertThat(environment.getProperty("spring.datasource.url"))
                .startsWith("jdbc:h2:file:" + expected + "/db/hub;");
    }

    @Test
    void theDefaultDirectoryNamedAfterTheNodeBecomesAbsoluteToo() {
        StandardEnvironment environment = environment(Map.of("blo.node.name", "TH",
                "blo.node.data-dir", "./data/${blo.node.name}"));

        new AbsoluteDataDirectory().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("blo.node.data-dir"))
                .isEqualTo(Path.of("data/TH").toAbsolutePath().normalize().toString());
    }

    @Test
    void leavesAnAbsoluteDirectoryAndAnUnresolvableOneAsGiven() {
        StandardEnvironment absolute = environment(Map.of("blo.node.data-dir", "/var/lib/blohub/TH"));
        StandardEnvironment unresolved = environment(Map.of("blo.node.data-dir", "./data/${blo.node.name}"));

        new AbsoluteDataDirectory().postProcessEnvironment(absolute, new SpringApplication());
        new AbsoluteDataDirectory().postProcessEnvironment(unresolved, new SpringApplication());

        assertThat(absolute.getPropertySources().contains("blo-absolute-data-dir")).isFalse();
        assertThat(unresolved.getPropertySources().contains("blo-absolute-data-dir")).isFalse();
    }

    @Test
    void isRegisteredForEverySpringApplicationOfTheJar() throws Exception {
        List<String> registered = new ArrayList<>();
        Enumeration<URL> factories = getClass().getClassLoader().getResources("META-INF/spring.factories");
        while (factories.hasMoreElements()) {
            Properties properties = new Properties();
            try (InputStream in = factories.nextElement().openStream()) {
                properties.load(in);
            }
            registered.add(properties.getProperty(EnvironmentPostProcessor.class.getName(), ""));
        }

        assertThat(registered).anyMatch(names -> names.contains(AbsoluteDataDirectory.class.getName()));
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
