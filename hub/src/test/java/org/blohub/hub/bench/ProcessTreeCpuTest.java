package org.blohub.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessTreeCpuTest {

    /** About a second of one core in dash, whatever else the machine does. */
    private static final String BUSY = "i=0; while [ $i -lt 1000000 ]; do i=$((i+1)); done";
    private static final long TICK_NANOS = 10_000_000L;
    private static final long TENTH_OF_A_SECOND = 100_000_000L;

    @Test
    void readsTheFieldsOfProcStatByTheirIndexThere() {
        List<Long> times = ProcessTreeCpu.times(ProcessHandle.current().pid());

        assertThat(times.get(0)).isEqualTo(ProcessHandle.current().pid());
        assertThat(times.get(3)).as("ppid").isEqualTo(ProcessHandle.current().parent().orElseThrow().pid());
    }

    @Test
    void aProcessThatHasEndedHasNoFields() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();

        assertThat(ProcessTreeCpu.times(ended.pid())).isEmpty();
    }

    @Test
    void countsTheCpuOfChildrenThatEndedAndOfDescendantsStillRunning() throws Exception {
        Process server = new ProcessBuilder("sh", "-c",
                "sh -c '" + BUSY + "'; sh -c '" + BUSY + "; sleep 60' & sleep 60").start();
        try {
            ProcessTreeCpu cpu = new ProcessTreeCpu(server.toHandle());
            await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
                List<Long> own = ProcessTreeCpu.times(server.pid());
                long ownNanos = (own.get(13) + own.get(14)) * TICK_NANOS;
                long endedChildrenNanos = (own.get(15) + own.get(16)) * TICK_NANOS;
                assertThat(endedChildrenNanos).as("the first busy child, ended").isGreaterThan(TENTH_OF_A_SECOND);
                assertThat(cpu.cpuNanos() - ownNanos - endedChildrenNanos).as("the second busy child, still running")
                        .isGreaterThan(TENTH_OF_A_SECOND);
            });
        } finally {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
        }
    }
}
