package org.blohub.hub.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Optional;

import com.sun.management.OperatingSystemMXBean;

/** Process CPU time, and heap and old generation occupancy after a full collection. */
final class ResourceMeter {

    private static final double MIB = 1024.0 * 1024.0;

    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** CPU time this process has used so far, all threads, in nanoseconds. */
    long processCpuNanos() {
        return os.getProcessCpuTime();
    }

    /** Heap in use after {@link System#gc()}: what the run left live. */
    double heapAfterGcMib() {
        collect();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MIB;
    }

    /** The old (tenured) generation after {@link System#gc()}, when the collector has one. */
    Optional<Double> oldGenerationAfterGcMib() {
        collect();
        return oldGeneration().map(pool -> pool.getUsage().getUsed() / MIB);
    }

    static Optional<MemoryPoolMXBean> oldGeneration() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
                .findFirst();
    }

    private static void collect() {
        System.gc();
        System.gc();
    }
}
