package org.blohub.hub.adapter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code adapters}: tools for connecting national systems; see docs/adapter-channels.md. */
@Command(name = "adapters", mixinStandardHelpOptions = true, subcommands = AdaptersCheckCommand.class,
        description = "Tools for national-system adapters.")
public final class AdaptersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
