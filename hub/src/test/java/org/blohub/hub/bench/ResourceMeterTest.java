package org.blohub.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;

class ResourceMeterTest {

    private static final int MIB = 1024 * 1024;

    private final ResourceMeter meter = new ResourceMeter();

    @Test
    void theOldGenerationHoldsWhatIsStillReachableAfterTheCollection() {
        Optional<Double> before = meter.oldGenerationAfterGcMib();
        List<byte[]> retained = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            retained.add(new byte[256 * 1024]);
        }
        Optional<Double> holding = meter.oldGenerationAfterGcMib();
        retained.clear();
        Optional<Double> released = meter.oldGenerationAfterGcMib();

        assertThat(before).isPresent();
        assertThat(holding.orElseThrow() - before.orElseThrow()).isGreaterThan(14.0);
        assertThat(holding.orElseThrow() - released.orElseThrow()).isGreaterThan(14.0);
    }

    @Test
    void whatIsAllocatedAfterTheCollectionIsNotCounted() {
        double measured = meter.oldGenerationAfterGcMib().orElseThrow();
        double poolBefore = oldGenerationPoolMib();
        byte[] largeEnoughToGoStraightToTheOldGeneration = new byte[32 * MIB];

        assertThat(oldGenerationPoolMib() - poolBefore)
                .as("premise: this collector allocates a large array in the old generation")
                .isGreaterThanOrEqualTo(32.0);
        assertThat(meter.oldGenerationAfterLastFullCollectionMib()).contains(measured);
        assertThat(largeEnoughToGoStraightToTheOldGeneration).hasSize(32 * MIB);
    }

    @Test
    void theHeapFigureLeavesOutWhatIsAllocatedAfterTheCollection() {
        double measured = meter.heapAfterGcMib();
        double heapBefore = heapInUseMib();
        byte[] allocatedAfterTheCollection = new byte[32 * MIB];

        assertThat(heapInUseMib() - heapBefore)
                .as("premise: the heap in use counts the array as soon as it is allocated")
                .isGreaterThanOrEqualTo(32.0);
        assertThat(meter.heapAfterLastFullCollectionMib()).contains(measured);
        assertThat(measured).isLessThan(heapInUseMib() - 30.0);
        assertThat(allocatedAfterTheCollection).hasSize(32 * MIB);
    }

    @Test
    void theFullCollectionsLeaveTheCommittedHeapAsLargeAsTheyFoundIt() {
        HotSpotDiagnosticMXBean flags = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String ratioBefore = flags.getVMOption(ResourceMeter.MAX_HEAP_FREE_RATIO).getValue();
        List<byte[]> growingTheHeap = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            growingTheHeap.add(new byte[8 * MIB]);
        }
        growingTheHeap.clear();
        long committedBefore = committedHeapBytes();

        double measured = meter.heapAfterGcMib();

        assertThat(committedBefore - measured * MIB)
                .as("premise: far more is committed than live, so the collector would shrink the heap")
                .isGreaterThan(400.0 * MIB);
        assertThat(committedHeapBytes()).isGreaterThanOrEqualTo(committedBefore);
        assertThat(flags.getVMOption(ResourceMeter.MAX_HEAP_FREE_RATIO).getValue()).isEqualTo(ratioBefore);
    }

    private static long committedHeapBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
    }

    private static double heapInUseMib() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (double) MIB;
    }

    private static double oldGenerationPoolMib() {
        return ResourceMeter.oldGeneration().orElseThrow().getUsage().getUsed() / (double) MIB;
    }
}
