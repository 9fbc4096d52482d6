package org.blohub.hub.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.OperatingSystemMXBean;

/**
 * Process CPU time, and heap and old generation occupancy after a full collection. The full collections leave
 * the committed heap as large as they found it.
 */
final class ResourceMeter {

    private static final double MIB = 1024.0 * 1024.0;
    static final String MAX_HEAP_FREE_RATIO = "MaxHeapFreeRatio";

    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** CPU time this process has used so far, all threads, in nanoseconds. */
    long processCpuNanos() {
        return os.getProcessCpuTime();
    }

    /**
     * Time the JIT compilers have spent so far, in milliseconds, or 0 where the JVM does not say. Compiler threads
     * count in the process CPU time, so a run measured before the hot code is compiled costs more CPU per message.
     */
    long jitCompilationMillis() {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime() : 0;
    }

    /**
     * Heap in use as the full collection that {@link System#gc()} ran left it: what the run left live. Read from
     * the collection's own figures for the same reason as {@link #oldGenerationAfterGcMib()}; where the collector
     * gives none, from the pools after the call returns.
     */
    double heapAfterGcMib() {
        collect();
        return heapAfterLastFullCollectionMib()
                .orElseGet(() -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MIB);
    }

    Optional<Double> heapAfterLastFullCollectionMib() {
        return usageAfterLastFullCollection().map(usage -> heapPools()
                .map(pool -> usage.get(pool.getName()))
                .filter(Objects::nonNull)
                .mapToLong(MemoryUsage::getUsed)
                .sum() / MIB);
    }

    /**
     * The old (tenured) generation as the full collection that {@link System#gc()} ran left it, when the collector
     * has one. Reading the pool after the call returns would also count what the running nodes allocated since:
     * with G1, a large array goes straight into the old generation, and such reads came out 20-27 MiB above the
     * live heap that a class histogram had counted seconds before.
     */
    Optional<Double> oldGenerationAfterGcMib() {
        collect();
        return oldGenerationAfterLastFullCollectionMib();
    }

    Optional<Double> oldGenerationAfterLastFullCollectionMib() {
        return oldGeneration().flatMap(pool -> usageAfterLastFullCollection()
                .map(usage -> usage.get(pool.getName()))
                .map(usage -> usage.getUsed() / MIB));
    }

    /** Each memory pool's usage as the last full collection left it, by pool name. */
    private static Optional<Map<String, MemoryUsage>> usageAfterLastFullCollection() {
        return fullCollector()
                .map(collector -> collector.getLastGcInfo())
                .map(info -> info.getMemoryUsageAfterGc());
    }

    /** The collector that runs full collections: G1's, the parallel and the serial collector's. */
    private static Optional<com.sun.management.GarbageCollectorMXBean> fullCollector() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(collector -> collector.getName().contains("Old") || collector.getName().contains("MarkSweep"))
                .filter(com.sun.management.GarbageCollectorMXBean.class::isInstance)
                .map(com.sun.management.GarbageCollectorMXBean.class::cast)
                .findFirst();
    }

    static Optional<MemoryPoolMXBean> oldGeneration() {
        return heapPools()
                .filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
                .findFirst();
    }

    private static Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP);
    }

    /**
     * Runs the full collections with the heap's shrinking switched off. Left to its defaults, G1 shrinks the
     * committed heap after such a collection to about three times what is live, and grows it again during the
     * next run: the measuring would change what the next run measures.
     */
    private static void collect() {
        Optional<HotSpotDiagnosticMXBean> hotSpot = hotSpotDiagnostics();
        Optional<String> maxHeapFreeRatio = hotSpot.map(flags -> flags.getVMOption(MAX_HEAP_FREE_RATIO).getValue());
        hotSpot.ifPresent(flags -> flags.setVMOption(MAX_HEAP_FREE_RATIO, "100"));
        try {
            System.gc();
            System.gc();
        } finally {
            maxHeapFreeRatio.ifPresent(ratio -> hotSpot.orElseThrow().setVMOption(MAX_HEAP_FREE_RATIO, ratio));
        }
    }

    private static Optional<HotSpotDiagnosticMXBean> hotSpotDiagnostics() {
        return Optional.ofNullable(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class));
    }
}
