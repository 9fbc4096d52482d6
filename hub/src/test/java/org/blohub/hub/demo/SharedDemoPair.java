package org.blohub.hub.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives test classes the plain demo pair, TH and LA, started once per test JVM and closed after its last test.
 * Only for tests that leave the pair as they found it for the others: they submit, read and refuse, and assert on
 * their own messages (by id, unique subject or a before/after difference), never on totals. A test that stops,
 * restarts or rewires a node, changes its settings, locks an account others sign in with, or counts everything in a
 * mailbox or log starts its own pair.
 *
 * <p>Use: {@code @ExtendWith(SharedDemoPair.class)} and a {@link DemoPair} parameter on a {@code @BeforeAll} method.
 */
public final class SharedDemoPair implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedDemoPair.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DemoPair.class;
    }

    @Override
    public DemoPair resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(DemoPair.class, type -> DemoPair.start(),
                DemoPair.class);
    }

    /** The running pair: closed, and its directory deleted, by JUnit when the root context's store closes. */
    public record DemoPair(Path directory, DemoCredentials credentials, ConfigurableApplicationContext th,
            ConfigurableApplicationContext la) implements AutoCloseable {

        static DemoPair start() {
            try {
                Path directory = Files.createTempDirectory("blo-shared-pair");
                // material of its own: pairs on copies of the plain material run while this one does
                DemoCredentials credentials = DemoPairMaterial.fresh(directory, List.of(), "");
                Path material = directory.resolve("demo");
                ConfigurableApplicationContext th = NodeLauncher.start("TH", material, directory.resolve("TH"), 0,
                        List.of("LA"), Map.of());
                try {
                    ConfigurableApplicationContext la = NodeLauncher.start("LA", material, directory.resolve("LA"), 0,
                            List.of("TH"), Map.of());
                    return new DemoPair(directory, credentials, th, la);
                } catch (RuntimeException laDidNotStart) {
                    th.close();
                    throw laDidNotStart;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot generate the shared demo pair's material", e);
            }
        }

        @Override
        public void close() throws IOException {
            la.close();
            th.close();
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
