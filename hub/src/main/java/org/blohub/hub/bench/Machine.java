package org.blohub.hub.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.stream.Collectors;

/** The machine and JVM a run measured, with the load average (the machine may be shared). */
record Machine(int cores, String jdk, double maxHeapMib, String collectors, double loadAverage) {

    static Machine now() {
        Runtime runtime = Runtime.getRuntime();
        String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        return new Machine(runtime.availableProcessors(), jdk, runtime.maxMemory() / (1024.0 * 1024.0), collectors,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    String describe() {
        return String.format(Locale.ROOT, "%d cores, %s, max heap %.0f MiB, GC %s, load average %.2f",
                cores, jdk, maxHeapMib, collectors, loadAverage);
    }
}
