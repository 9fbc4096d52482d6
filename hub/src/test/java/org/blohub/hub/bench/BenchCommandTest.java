package org.blohub.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class BenchCommandTest {

    @Test
    void quickMeasuresTwoKibibytesOnlyAfterAWarmUpAndSkipsThePacedAndHeapRuns() {
        BenchPlan plan = planOf("--quick");

        assertThat(plan.sizes()).containsExactly(2048);
        assertThat(plan.warmup()).isEqualTo(3000);
        assertThat(plan.messages()).isEqualTo(1000);
        assertThat(plan.pacedMessages()).isZero();
        assertThat(plan.soakMessages()).isZero();
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
        assertThat(plan.pacedMessages()).isEqualTo(1000);
    }

    private static BenchPlan planOf(String... arguments) {
        BenchCommand command = new BenchCommand();
        new CommandLine(command).parseArgs(arguments);
        return command.plan();
    }
}
