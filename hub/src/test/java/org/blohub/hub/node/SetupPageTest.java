package org.blohub.hub.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.blohub.hub.HubApplication;
import org.blohub.hub.demo.DemoPairMaterial;
import org.junit.jupiter.api.Test;

/**
 * docs/setup.md without running it (SetupWalkthroughIT runs it): its marked steps come in the order of the
 * walk-through, and every jar command in them parses with the jar's own command line, so a renamed command or
 * option fails here first.
 */
class SetupPageTest {

    private static final String JAR_COMMAND = "java -jar hub/target/blohub-hub.jar ";

    @Test
    void marksTheStepsOfTheWalkThroughInTheirOrder() throws Exception {
        List<String> kinds = page().steps().stream().map(step -> step.getClass().getSimpleName()
                + (step instanceof WalkthroughPage.StartNode start ? " " + start.node() : "")
                + (step instanceof WalkthroughPage.WriteFile file ? " " + file.path() : "")).toList();

        assertThat(kinds).containsExactly("Run", "Run", "Run", "WriteFile region/network.yaml", "Run", "Run", "Run",
                "StartNode TH", "StartNode LA");
    }

    @Test
    void everyJarCommandOfThePageParsesWithTheJarsCommandLine() throws Exception {
        List<String> commands = page().steps().stream().flatMap(step -> step instanceof WalkthroughPage.Run run
                        ? run.script().replace("\\\n", " ").lines()
                        : step instanceof WalkthroughPage.StartNode start ? start.command().replace("\\\n", " ").lines()
                        : Stream.<String>empty())
                .filter(line -> line.startsWith(JAR_COMMAND)).map(line -> line.substring(JAR_COMMAND.length())).toList();

        assertThat(commands).extracting(command -> command.split(" ")[0] + " " + command.split(" ")[1])
                .contains("pki create-root", "pki issue-registry-signer", "pki create-ca", "pki issue-tls",
                        "pki issue-office", "pki create-audit-keys", "registry assemble", "registry validate",
                        "registry sign", "users add", "users token");
        for (String command : commands) {
            assertThatCode(() -> HubApplication.commandLine().parseArgs(ShellWords.split(command).toArray(String[]::new)))
                    .as(command).doesNotThrowAnyException();
        }
    }

    private static WalkthroughPage page() throws Exception {
        return WalkthroughPage.read(DemoPairMaterial.repositoryRoot().resolve("docs/setup.md"), Map.of());
    }
}
