package org.blohub.hub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time of another process and its children, from Linux's {@code /proc/<pid>/stat}: the process's own user and
 * system time, what its children that ended used (the kernel adds it to the parent once it has reaped them), and what
 * its live descendants have used so far. A database server forks a process per connection, so all three count.
 */
final class ProcessTreeCpu {

    /** The kernel's unit for these fields (USER_HZ), 100 per second on Linux. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final int UTIME = 13;
    private static final int STIME = 14;
    private static final int CUTIME = 15;
    private static final int CSTIME = 16;

    private final ProcessHandle root;

    ProcessTreeCpu(ProcessHandle root) {
        this.root = root;
    }

    long cpuNanos() {
        List<Long> rootTimes = times(root.pid());
        long ticks = rootTimes.get(UTIME) + rootTimes.get(STIME) + rootTimes.get(CUTIME) + rootTimes.get(CSTIME);
        for (ProcessHandle descendant : root.descendants().toList()) {
            List<Long> times = times(descendant.pid());
            if (!times.isEmpty()) {
                ticks += times.get(UTIME) + times.get(STIME);
            }
        }
        return ticks * NANOS_PER_TICK;
    }

    /**
     * The numeric fields of {@code /proc/<pid>/stat} by their index there (0-based, the command name counting as
     * one field), or an empty list for a process that has ended.
     */
    static List<Long> times(long pid) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (IOException ended) {
            return List.of();
        }
        // the command name may hold spaces and parentheses; the fields after its last ')' start with the state
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        Long[] numbers = new Long[fields.length + 2];
        numbers[0] = pid;
        numbers[1] = 0L;
        numbers[2] = 0L;
        for (int i = 1; i < fields.length; i++) {
            numbers[i + 2] = parse(fields[i]);
        }
        return List.of(numbers);
    }

    private static long parse(String field) {
        try {
            return Long.parseLong(field);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
