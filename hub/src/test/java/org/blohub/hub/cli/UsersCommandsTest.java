package org.blohub.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;

import org.blohub.crypto.pki.PemFiles;
import org.blohub.hub.demo.DemoNetworkBootstrap;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.RegistryLoader;
import org.blohub.hub.registry.RegistryTrust;
import org.blohub.hub.security.CallerChange;
import org.blohub.hub.security.CallerDirectory;
import org.blohub.hub.security.CallerRole;
import org.blohub.hub.security.OfficeCaller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine;

/** {@code users add|disable|token issue|token revoke} on the callers file of the demo's node TH. */
class UsersCommandsTest {

    // the commands verify the registry's signing time against their clock, so this fixed clock reads the real now
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Clock FIXED = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    static Path directory;

    private static NodeMaterial th;
    private static NetworkRegistry registry;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void generateTheDemoMaterialOfNodeTh() throws Exception {
        Path demo = directory.resolve("demo");
        new DemoNetworkBootstrap(demo, directory, Path.of("..", "config", "demo", "network.yaml"), Clock.systemUTC())
                .ensure(List.of("TH"));
        th = new NodeMaterial(demo, "TH");
        registry = new RegistryLoader(new RegistryTrust(PemFiles.readCertificates(th.trustRoot()),
                PemFiles.readCrls(th.crls())), Clock.systemUTC()).load(th.registry());
    }

    @Nested
    class Add {

        @Test
        void storesOnlyTheHashOfThePasswordItPrintsOnce() throws Exception {
            int exit = run(new AddUserCommand(print(out), print(err), Clock.systemUTC()), "--role", "OFFICER",
                    "--office", "TH-MAESAI", "--user", "somchai-k");

            assertThat(exit).as(text(err)).isZero();
            String password = printed("password");
            CallerDirectory.Officer officer = callers().officers().get("somchai-k");
            assertThat(officer.caller()).isEqualTo(new OfficeCaller("somchai-k", "TH-MAESAI", CallerRole.OFFICER));
            assertThat(officer.passwordHash()).startsWith("{bcrypt}");
            assertThat(new BCryptPasswordEncoder().matches(password, officer.passwordHash().substring(8))).isTrue();
            assertThat(Files.readString(th.callers())).doesNotContain(password);
        }

        @Test
        void addsAuditorsAndAdministratorsWithTheirRole() {
            run(new AddUserCommand(print(out), print(err), Clock.systemUTC()), "--role", "AUDITOR",
                    "--office", "TH-CHIANGKHONG", "--user", "inspector-1");

            assertThat(callers().officer("inspector-1").map(OfficeCaller::role)).contains(CallerRole.AUDITOR);
        }

        @Test
        void refusesAnOfficeThatTheNodeDoesNotHostAndChangesNothing() throws Exception {
            String before = Files.readString(th.callers());

            int exit = run(new AddUserCommand(print(out), print(err), Clock.systemUTC()), "--role", "OFFICER",
                    "--office", "LA-HOUAYXAY", "--user", "someone");

            assertThat(exit).isEqualTo(1);
            assertThat(text(err)).contains("office LA-HOUAYXAY is not hosted by node TH").contains("TH-MAESAI");
            assertThat(Files.readString(th.callers())).isEqualTo(before);
        }

        @Test
        void refusesToReuseTheNameOfAnExistingAccount() {
            int exit = run(new AddUserCommand(print(out), print(err), Clock.systemUTC()), "--role", "ADMIN",
                    "--office", "TH-MAESAI", "--user", "th-maesai");

            assertThat(exit).isEqualTo(1);
            assertThat(text(err)).contains("user th-maesai already exists on node TH");
            assertThat(callers().officer("th-maesai").map(OfficeCaller::role)).contains(CallerRole.OFFICER);
        }
    }

    @Nested
    class Disable {

        @Test
        void keepsTheAccountButMarksItDisabledWithTheTime() throws Exception {
            run(new AddUserCommand(print(out), print(err), Clock.systemUTC()), "--role", "OFFICER",
                    "--office", "TH-MAESAI", "--user", "leaving-officer");

            int exit = run(new DisableUserCommand(print(out), print(err), FIXED), "leaving-officer");

            assertThat(exit).as(text(err)).isZero();
            CallerDirectory directory = callers();
            assertThat(directory.isDisabled("leaving-officer")).isTrue();
            assertThat(directory.officer("leaving-officer")).isPresent();
            assertThat(directory.isDisabled("th-chiangkhong")).isFalse();
            Properties stored = new Properties();
            try (Reader reader = Files.newBufferedReader(th.callers())) {
                stored.load(reader);
            }
            assertThat(stored.getProperty("officer.leaving-officer.disabled")).isEqualTo(NOW.toString());
        }

        @Test
        void namesAnUnknownAccount() {
            int exit = run(new DisableUserCommand(print(out), print(err), FIXED), "nobody");

            assertThat(exit).isEqualTo(1);
            assertThat(text(err)).contains("node TH has no user nobody");
        }
    }

    @Nested
    class Tokens {

        @Test
        void issuesATokenTheNodeAcceptsForItsOfficeUntilItIsRevoked() {
            int exit = run(new IssueTokenCommand(print(out), print(err), Clock.systemUTC()), "--office",
                    "TH-CHIANGSAEN", "--id", "chiangsaen-case-system");

            assertThat(exit).as(text(err)).isZero();
            String token = printed("token");
            assertThat(callers().byToken(token)).contains(
                    new OfficeCaller("chiangsaen-case-system", "TH-CHIANGSAEN", CallerRole.SYSTEM));

            int revoked = run(new RevokeTokenCommand(print(out), print(err), FIXED), "chiangsaen-case-system");

            assertThat(revoked).isZero();
            assertThat(callers().byToken(token)).isEmpty();
        }

        @Test
        void refusesToRevokeAnUnknownToken() {
            int exit = run(new RevokeTokenCommand(print(out), print(err), FIXED), "no-such-token");

            assertThat(exit).isEqualTo(1);
            assertThat(text(err)).contains("node TH has no token no-such-token");
        }
    }

    @Test
    void journalsEveryChangeForTheAuditTrailWithoutAnySecret() throws Exception {
        assertThat(run(new AddUserCommand(print(out), print(err), FIXED), "--role", "ADMIN", "--office", "TH-MAESAI",
                "--user", "journal-admin")).as(text(err)).isZero();
        String password = printed("password");
        run(new IssueTokenCommand(print(out), print(err), FIXED), "--office", "TH-MAESAI", "--id", "journal-token");
        String token = printed("token");

        List<CallerChange> changes = Files.readAllLines(th.callerChanges()).stream()
                .map(line -> CallerChange.parse(line).orElseThrow()).toList();

        assertThat(changes).anySatisfy(change -> {
            assertThat(change.action()).isEqualTo(CallerChange.USER_ADDED);
            assertThat(change.target()).isEqualTo("user:journal-admin");
            assertThat(change.time()).isEqualTo(NOW);
            assertThat(change.actor()).startsWith("operator:");
        }).anySatisfy(change -> assertThat(change.target()).isEqualTo("token:journal-token"));
        assertThat(Files.readString(th.callerChanges())).doesNotContain(password).doesNotContain(token);
    }

    @Test
    void createsTheCallersFileWithTheFirstAccountOfANodeThatHasNone() throws Exception {
        Path material = directory.resolve("no-callers");
        try (var files = Files.walk(th.directory())) {
            for (Path file : files.toList()) {
                Path copy = material.resolve(th.directory().relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!file.getFileName().toString().startsWith("callers")) {
                    Files.copy(file, copy);
                }
            }
        }
        NodeMaterial fresh = new NodeMaterial(material, "TH");
        assertThat(fresh.callers()).doesNotExist();

        int exit = new CommandLine(new AddUserCommand(print(out), print(err), Clock.systemUTC())).execute("--material",
                material.toString(), "--node", "TH", "--role", "ADMIN", "--office", "TH-MAESAI", "--user", "first-admin");

        assertThat(exit).as(text(err)).isZero();
        assertThat(CallerDirectory.load(fresh.callers(), registry, "TH").officer("first-admin").map(OfficeCaller::role))
                .contains(CallerRole.ADMIN);
        assertThat(Files.readString(fresh.callerChanges())).contains("USER_ADDED", "user:first-admin");
    }

    @Test
    void runsFromTheUsersCommandAsTheJarDoes() {
        int exit = new CommandLine(new UsersCommand()).execute("token", "revoke", "--material",
                th.directory().toString(), "--node", "TH", "not-issued");

        assertThat(exit).isEqualTo(1);
    }

    private static CallerDirectory callers() {
        return CallerDirectory.load(th.callers(), registry, "TH");
    }

    private String printed(String label) {
        return text(out).lines().filter(line -> line.startsWith(label + " ")).reduce((first, last) -> last)
                .orElseThrow().substring(label.length() + 1);
    }

    private static int run(Object command, String... arguments) {
        String[] withNode = new String[arguments.length + 4];
        withNode[0] = "--material";
        withNode[1] = th.directory().toString();
        withNode[2] = "--node";
        withNode[3] = "TH";
        System.arraycopy(arguments, 0, withNode, 4, arguments.length);
        return new CommandLine(command).execute(withNode);
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream buffer) {
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
