package org.blohub.hub.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.blohub.hub.broker.FreeBrokerPorts;

/**
 * The demo network's material for a TH and LA pair run by tests: a demo PKI, keys and signed registry under
 * {@code <directory>/demo}, the audit keys of the hosted nodes under {@code <directory>/<NODE>}, and every registry
 * node's broker port replaced, so that tests do not collide with a running demo.
 *
 * <p>Generating it costs seconds of PBKDF2 (every key file is protected with 600,000 iterations), so the plain
 * network (no third nodes, no extra agreements) is generated once per JVM and copied for each pair. Every copy names
 * the same broker ports: at most one pair on a copy may run at a time in a JVM, as when test classes run one after
 * another, each closing its pair. Those ports come from a range of this test JVM's own ({@link #COPY_PORTS_BASE}),
 * below the range {@link FreeBrokerPorts} hands out, so no other test or test JVM of the build takes them while no
 * pair listens on them.
 */
public final class DemoPairMaterial {

    /** The test JVM's number (1, 2, ...) that the build passes (Surefire's {@code surefire.forkNumber}). */
    static final String FORK_PROPERTY = "blo.test.fork";
    static final int COPY_PORTS_BASE = 10_000;
    static final int COPY_PORTS_PER_FORK = 1_000;
    private static final int MAX_FORKS = 10;
    private static final int ATTEMPTS = 200;
    private static final int FIRST_DEMO_BROKER_PORT = 61617;
    private static final int LAST_DEMO_BROKER_PORT = 61621;

    private static Path plainTemplate;

    private DemoPairMaterial() {
    }

    /**
     * Material of a network of its own on free ports, unless {@code <directory>/demo} holds material already (a pair
     * started again on its data).
     *
     * @param thirdNodes     registry nodes besides TH and LA whose keys are generated too
     * @param moreAgreements YAML list items appended to the demo registry's {@code agreements}
     */
    public static DemoCredentials fresh(Path directory, List<String> thirdNodes, String moreAgreements)
            throws IOException {
        return generate(directory, thirdNodes, moreAgreements, FreeBrokerPorts::next);
    }

    /**
     * The plain network's material, copied from this JVM's (generated on the first call), unless
     * {@code <directory>/demo} holds material already. Only one pair on a copy may run at a time in this JVM.
     */
    public static DemoCredentials copyOfPlain(Path directory) throws IOException {
        if (!Files.exists(registryIn(directory))) {
            copyTree(plainTemplate(), directory);
        }
        return bootstrap(directory).credentials();
    }

    /** The checkout's root: the nearest directory above the working directory holding the demo registry template. */
    public static Path repositoryRoot() {
        Path candidate = Path.of("").toAbsolutePath();
        while (candidate != null && !Files.exists(candidate.resolve("config/demo/network.yaml"))) {
            candidate = candidate.getParent();
        }
        if (candidate == null) {
            throw new IllegalStateException("config/demo/network.yaml not found above " + Path.of("").toAbsolutePath());
        }
        return candidate;
    }

    private static synchronized Path plainTemplate() throws IOException {
        if (plainTemplate == null) {
            Path template = Files.createTempDirectory("blo-demo-material");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(template)));
            generate(template, List.of(), "", new CopyPorts(fork())::next);
            plainTemplate = template;
        }
        return plainTemplate;
    }

    /** The template with more items at the end of its {@code agreements} list, which other sections may follow. */
    private static String withAgreements(String template, String moreAgreements) {
        int agreements = template.indexOf("\nagreements:\n");
        Matcher nextSection = Pattern.compile("\n[a-zA-Z]").matcher(template);
        int end = nextSection.find(agreements + 1) ? nextSection.start() + 1 : template.length();
        return template.substring(0, end) + moreAgreements + template.substring(end);
    }

    private static DemoCredentials generate(Path directory, List<String> thirdNodes, String moreAgreements,
            IntSupplier ports) throws IOException {
        if (Files.exists(registryIn(directory))) {
            return bootstrap(directory).credentials();
        }
        String template = Files.readString(repositoryRoot().resolve("config/demo/network.yaml"));
        for (int demoPort = FIRST_DEMO_BROKER_PORT; demoPort <= LAST_DEMO_BROKER_PORT; demoPort++) {
            template = template.replace("port: " + demoPort, "port: " + ports.getAsInt());
        }
        Files.writeString(directory.resolve("network.yaml"), withAgreements(template, moreAgreements));
        List<String> hosted = new ArrayList<>(List.of("TH", "LA"));
        hosted.addAll(thirdNodes);
        DemoNetworkBootstrap bootstrap = bootstrap(directory);
        bootstrap.ensure(hosted);
        return bootstrap.credentials();
    }

    private static DemoNetworkBootstrap bootstrap(Path directory) {
        return new DemoNetworkBootstrap(directory.resolve("demo"), directory, directory.resolve("network.yaml"),
                Clock.systemUTC());
    }

    private static Path registryIn(Path directory) {
        return directory.resolve("demo").resolve("registry.yaml");
    }

    private static int fork() {
        int fork = Optional.ofNullable(System.getProperty(FORK_PROPERTY)).filter(value -> value.matches("\\d+"))
                .map(Integer::parseInt).orElse(1);
        if (fork < 1 || fork > MAX_FORKS) {
            throw new IllegalStateException(FORK_PROPERTY + " is " + fork + "; the copied material has port ranges"
                    + " for test JVMs 1 to " + MAX_FORKS + " only");
        }
        return fork;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the demo material template " + root, e);
        }
    }

    /** Free loopback ports from this test JVM's range, each handed out once. */
    private static final class CopyPorts {

        private final int base;
        private final Set<Integer> handedOut = new HashSet<>();

        CopyPorts(int fork) {
            this.base = COPY_PORTS_BASE + (fork - 1) * COPY_PORTS_PER_FORK;
        }

        int next() {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                int candidate = base + ThreadLocalRandom.current().nextInt(COPY_PORTS_PER_FORK);
                if (!handedOut.contains(candidate) && bindable(candidate)) {
                    handedOut.add(candidate);
                    return candidate;
                }
            }
            throw new IllegalStateException("no free loopback port between " + base + " and "
                    + (base + COPY_PORTS_PER_FORK) + " after " + ATTEMPTS + " attempts");
        }

        private static boolean bindable(int port) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return true;
            } catch (IOException inUse) {
                return false;
            }
        }
    }
}
