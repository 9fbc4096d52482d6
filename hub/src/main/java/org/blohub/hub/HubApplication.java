package org.blohub.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.blohub.hub.adapter.AdaptersCommand;
import org.blohub.hub.audit.VerifyLogCommand;
import org.blohub.hub.audit.evidence.VerifyEvidenceCommand;
import org.blohub.hub.bench.BenchCommand;
import org.blohub.hub.cli.BackupCommand;
import org.blohub.hub.cli.PkiCommand;
import org.blohub.hub.cli.RegistryCommand;
import org.blohub.hub.cli.RestoreCommand;
import org.blohub.hub.cli.UsersCommand;
import org.blohub.hub.demo.DemoCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.artemis.autoconfigure.ArtemisAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * The BLO Hub node. {@code java -jar blohub-hub.jar [node|demo|bench|...] [options]}: {@code node} (the
 * default) runs one node from its configuration; {@code demo} runs Thailand and Laos in one JVM;
 * {@code bench} measures the sealed pipeline against the raw broker.
 * The node builds its own broker from the signed registry, so Boot's Artemis set-up is off.
 */
@SpringBootApplication(exclude = ArtemisAutoConfiguration.class)
public class HubApplication {

    public static void main(String[] args) {
        int exitCode = commandLine().execute(args.length == 0 ? new String[] {"node"} : args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** The command line {@link #main} runs: every command of the jar. */
    public static CommandLine commandLine() {
        return new CommandLine(new HubCommand());
    }

    @Command(name = "blohub-hub", mixinStandardHelpOptions = true,
            subcommands = {NodeCommand.class, DemoCommand.class, VerifyLogCommand.class,
                    VerifyEvidenceCommand.class, BenchCommand.class, AdaptersCommand.class, RegistryCommand.class,
                    UsersCommand.class, PkiCommand.class, BackupCommand.class, RestoreCommand.class},
            description = "BLO Hub: secure messaging between Border Liaison Offices.")
    static final class HubCommand implements Runnable {
        @Override
        public void run() {
            new CommandLine(this).usage(System.out);
        }
    }

    /** {@code node}: one node; Spring Boot options such as {@code --blo.node.name=TH} pass through. */
    @Command(name = "node", description = "Run one node from its configuration (application.yml, --options).")
    static final class NodeCommand implements Callable<Integer> {

        @Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() {
            SpringApplication.run(HubApplication.class, springArguments.toArray(String[]::new));
            return 0;
        }
    }
}
