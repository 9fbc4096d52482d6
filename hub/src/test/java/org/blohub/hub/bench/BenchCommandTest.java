package org.blohub.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class BenchCommandTest {

    @Test
    void quickMeasuresTwoKibibytesOnlyAfterAWarmUpAndSkipsTheFixedRateAndHeapRuns() {
        BenchPlan plan = planOf("--quick");

        assertThat(plan.sizes()).containsExactly(2048);
        assertThat(plan.warmup()).isEqualTo(3000);
        assertThat(plan.messages()).isEqualTo(1000);
        assertThat(plan.measuresRates()).isFalse();
        assertThat(plan.soakMessages()).isZero();
    }

    @Test
    void quickHoldsTheFixedRatesWhenADurationOrRatesAreGiven() {
        assertThat(planOf("--quick", "--rate-seconds", "60").rateSeconds()).isEqualTo(60);
        assertThat(planOf("--quick", "--rate-seconds", "60").rates()).containsExactly(25.0, 50.0, 100.0);
        assertThat(planOf("--quick", "--rates", "50").measuresRates()).isTrue();
    }

    @Test
    void quickKeepsTheOptionsGivenExplicitly() {
        BenchPlan plan = planOf("--quick", "--warmup", "500", "--sizes", "1024,2048", "--consumers", "2");

        assertThat(plan.warmup()).isEqualTo(500);
        assertThat(plan.sizes()).containsExactly(1024, 2048);
        assertThat(plan.consumers()).isEqualTo(2);
        assertThat(plan.messages()).isEqualTo(1000);
    }

    @Test
    void withoutQuickTheFullDefaultsApply() {
        BenchPlan plan = planOf();

        assertThat(plan.sizes()).containsExactly(1024, 2048, 65536, 1_048_576);
        assertThat(plan.warmup()).isEqualTo(10_000);
        assertThat(plan.soakMessages()).isEqualTo(200_000);
        assertThat(plan.rates()).containsExactly(25.0, 50.0, 100.0);
        assertThat(plan.rateSeconds()).isEqualTo(300);
    }

    @Test
    void startupIsASubcommandWithItsOwnWorkDirectoryKeptBetweenRuns() {
        CommandLine bench = new CommandLine(new BenchCommand());

        CommandLine.ParseResult parsed = bench.parseArgs("startup", "--work-dir", "target/start", "--messages", "10");

        StartupCommand startup = (StartupCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(startup.workDirectory).hasToString("target/start");
        assertThat(startup.messages).isEqualTo(10);
    }

    private static BenchPlan planOf(String... arguments) {
        BenchCommand command = new BenchCommand();
        new CommandLine(command).parseArgs(arguments);
        return command.plan();
    }
}
